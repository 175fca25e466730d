//! The message catalogue: every diagnostic's code, severity, text and hint, in Vietnamese
//! and in English. One `match` per language and property, so that a message without its
//! translation does not compile.

mod blocks;
pub mod explain;
mod figures;
mod marks;
mod pdf;

pub use blocks::{BlockMessage, XlsxProblem};
pub use figures::FigureMessage;
pub use marks::MarkMessage;
pub use pdf::{INSTALL as PDF_INSTALL, PdfMessage};

/// How bad a problem is: errors block the build, warnings do not. Each message of the
/// catalogue has one.
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

/// A legacy Vietnamese 8-bit encoding whose text shows as mojibake in a UTF-8 file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegacyEncoding {
    Tcvn3,
    Vni,
}

impl LegacyEncoding {
    pub fn name(self) -> &'static str {
        match self {
            LegacyEncoding::Tcvn3 => "TCVN3 (ABC)",
            LegacyEncoding::Vni => "VNI",
        }
    }
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

/// A budget of the Markdown templates that a folder of templates exceeded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Budget {
    Files { limit: usize },
    IncludeDepth { limit: usize, chain: String },
    RangeItems { limit: u64 },
    Output { limit: u64 },
    Time { seconds: u64 },
    Memory { limit_mib: u64 },
}

impl Budget {
    fn text(&self, lang: Lang) -> String {
        use Budget::*;
        match (self, lang) {
            (Files { limit }, Lang::Vi) => format!("thư mục mẫu có hơn {limit} tệp .md"),
            (Files { limit }, Lang::En) => {
                format!("the templates folder has more than {limit} .md files")
            }
            (IncludeDepth { limit, chain }, Lang::Vi) => {
                format!("các mẫu gọi nhau (include, extends) sâu hơn {limit} tầng: {chain}")
            }
            (IncludeDepth { limit, chain }, Lang::En) => format!(
                "templates name one another (include, extends) more than {limit} deep: {chain}"
            ),
            (RangeItems { limit }, Lang::Vi) => {
                format!("các vòng `range` của mẫu sinh quá {limit} phần tử; đã dừng")
            }
            (RangeItems { limit }, Lang::En) => {
                format!("the templates' `range` loops produce more than {limit} items; stopped")
            }
            (Output { limit }, Lang::Vi) => {
                format!("bản Markdown dựng từ mẫu vượt {limit} byte; đã dừng")
            }
            (Output { limit }, Lang::En) => {
                format!("the Markdown the templates write passes {limit} bytes; stopped")
            }
            (Time { seconds }, Lang::Vi) => {
                format!("dựng Markdown từ mẫu quá {seconds} giây; đã dừng")
            }
            (Memory { limit_mib }, Lang::Vi) => {
                format!("dựng Markdown từ mẫu cần hơn {limit_mib} MiB bộ nhớ; đã dừng")
            }
            (Memory { limit_mib }, Lang::En) => {
                format!(
                    "rendering the templates needed more than {limit_mib} MiB of memory; stopped"
                )
            }
            (Time { seconds }, Lang::En) => {
                format!("rendering the templates took more than {seconds} s; stopped")
            }
        }
    }
}

/// The closing bracket of an opening one.
fn closing(open: char) -> char {
    match open {
        '{' => '}',
        _ => ']',
    }
}

/// What a secondary label of a diagnostic says about its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// The first definition of something defined twice.
    FirstDefined,
    /// The first of a key written twice.
    FirstWritten,
    /// The first use of a footnote used twice.
    FirstUsed,
}

impl Note {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Note::FirstDefined, Lang::Vi) => "định nghĩa lần đầu ở đây",
            (Note::FirstDefined, Lang::En) => "first defined here",
            (Note::FirstWritten, Lang::Vi) => "viết lần đầu ở đây",
            (Note::FirstWritten, Lang::En) => "first written here",
            (Note::FirstUsed, Lang::Vi) => "đã gắn ở đây",
            (Note::FirstUsed, Lang::En) => "first placed here",
        }
    }
}

/// The kind of a YAML node, for type errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    List,
    Map,
    Number,
    Empty,
}

impl Kind {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Kind::Text, Lang::Vi) => "một chuỗi chữ",
            (Kind::List, Lang::Vi) => "một danh sách",
            (Kind::Map, Lang::Vi) => "một nhóm khóa",
            (Kind::Number, Lang::Vi) => "một số",
            (Kind::Empty, Lang::Vi) => "giá trị rỗng",
            (Kind::Text, Lang::En) => "a string",
            (Kind::List, Lang::En) => "a list",
            (Kind::Map, Lang::En) => "a mapping",
            (Kind::Number, Lang::En) => "a number",
            (Kind::Empty, Lang::En) => "nothing",
        }
    }
}

impl Message {
    /// Short stable code, e.g. `E-unknown-key`.
    pub fn code(&self) -> &'static str {
        use Message::*;
        match self {
            ReadFailed { .. } => "E-read",
            NotUtf8 => "E-utf8",
            YamlSyntax => "E-yaml-syntax",
            YamlLimit => "E-yaml-limit",
            YamlTab => "E-yaml-tab",
            YamlIndent => "E-yaml-indent",
            YamlUnclosedQuote { .. } => "E-yaml-quote",
            YamlAfterQuote { .. } => "E-yaml-after-quote",
            YamlUnclosedBracket { .. } => "E-yaml-bracket",
            YamlColon => "E-yaml-colon",
            YamlDash => "E-yaml-dash",
            YamlNoColon => "E-yaml-no-colon",
            YamlReserved { .. } => "E-yaml-reserved",
            NotAMapping { .. } => "E-not-mapping",
            YamlDocuments => "E-yaml-documents",
            UnknownKey { .. } => "E-unknown-key",
            MissingKey { .. } => "E-missing-key",
            WrongType { .. } => "E-wrong-type",
            DuplicateKey { .. } => "E-duplicate-key",
            SectorsDirMissing => "E-sectors-dir",
            SectorFileNotYaml => "E-sector-file",
            NoSectors => "E-no-sectors",
            NotNfc => "W-nfc",
            ControlChar { .. } => "E-control-char",
            LegacyText { .. } => "E-legacy-encoding",
            UnclosedEmphasis { .. } | BadFootnoteRef => "E-markup",
            FootnoteUndefined { .. } => "E-footnote-undefined",
            FootnoteUnused { .. } => "E-footnote-unused",
            FootnoteTwice { .. } => "E-footnote-twice",
            FootnoteReused { .. } => "E-footnote-reused",
            FootnoteNested => "E-footnote-nested",
            FootnoteKey { .. } => "E-footnote-key",
            EmptySector => "E-empty-sector",
            EmptyModel => "E-empty-model",
            BlankText => "E-blank",
            BadDate { .. } => "E-date",
            BadNumber { .. } => "E-number",
            BadSymbol { .. } => "E-symbol",
            SymbolTypeMismatch { .. } => "W-symbol-type",
            BadAuthority { .. } => "E-authority",
            RecipientsEmpty => "E-recipients-empty",
            RecipientsNoArchive => "E-recipients-archive",
            RecipientsNoNhuTren => "W-recipients-nhu-tren",
            BadNumbering { .. } => "E-numbering",
            BadInclude { .. } => "E-include",
            LayoutRange { .. } => "E-layout",
            MixedPadding { .. } => "W-zero-padding",
            MixedCapitalisation { .. } => "W-capitalisation",
            MixedEllipses { .. } => "W-ellipsis",
            Template { .. } => "E-template",
            Placeholder => "E-placeholder",
            FileTooLarge { .. } => "E-file-too-large",
            TooManySectors { .. } => "E-too-many-sectors",
            OutsideFolder { .. } => "E-outside-folder",
            Block(m) => m.code(),
            Mark(m) => m.code(),
            Pdf(m) => m.code(),
            Figure(m) => m.code(),
            OutputNotAFile => "E-output",
            OutputsPartlyWritten { .. } => "E-write",
            OutInsideData { .. } => "E-out-inside-data",
            TemplatesDir => "E-templates-dir",
            TemplateBudget { .. } => "E-template-budget",
            NoDataFolder => "E-data-dir",
        }
    }

    pub fn severity(&self) -> Severity {
        use Message::*;
        match self {
            NotNfc
            | SymbolTypeMismatch { .. }
            | RecipientsNoNhuTren
            | MixedPadding { .. }
            | MixedCapitalisation { .. }
            | MixedEllipses { .. } => Severity::Warning,
            Block(m) => m.severity(),
            Figure(m) => m.severity(),
            _ => Severity::Error,
        }
    }

    /// What is wrong.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.text_vi(),
            Lang::En => self.text_en(),
        }
    }

    /// What to do about it.
    pub fn hint(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.hint_vi(),
            Lang::En => self.hint_en(),
        }
    }

    fn text_vi(&self) -> String {
        use Message::*;
        match self {
            ReadFailed { error } => format!("không đọc được: {}", error.text(Lang::Vi)),
            NotUtf8 => "tệp không phải văn bản UTF-8".into(),
            YamlSyntax => "YAML sai cú pháp".into(),
            YamlLimit => "tệp vượt giới hạn an toàn khi đọc YAML".into(),
            YamlTab => "dấu tab được dùng để thụt lề".into(),
            YamlIndent => "dòng này thụt lề không khớp với các dòng cùng cấp".into(),
            YamlUnclosedQuote { quote } => format!("dấu nháy `{quote}` mở ở đây nhưng không được đóng"),
            YamlAfterQuote { quote } => format!("có chữ sau dấu nháy `{quote}` đóng giá trị"),
            YamlUnclosedBracket { bracket } => format!("dấu `{bracket}` mở ở đây nhưng không được đóng"),
            YamlColon => "dấu `:` và dấu cách nằm trong một giá trị không có dấu nháy".into(),
            YamlDash => "dòng `- ` (phần tử danh sách) nằm ở chỗ cần một khóa".into(),
            YamlNoColon => "dòng này không phải `khóa: giá trị` cũng không thuộc giá trị ở trên".into(),
            YamlReserved { found } => format!("giá trị không có dấu nháy không được bắt đầu bằng `{found}`"),
            NotAMapping { found } => format!("tệp phải gồm các dòng `khóa: giá trị`, nhưng ở đây là {}", found.name(Lang::Vi)),
            YamlDocuments => "dòng `---` hoặc `...` chia tệp thành nhiều tài liệu YAML".into(),
            UnknownKey { key, .. } => format!("khóa `{key}` không có trong định dạng"),
            MissingKey { key } => format!("thiếu khóa bắt buộc `{key}`"),
            WrongType { expected, found } => {
                format!("cần {}, nhưng ở đây là {}", expected.name(Lang::Vi), found.name(Lang::Vi))
            }
            DuplicateKey { key } => format!("khóa `{key}` được viết hai lần"),
            SectorsDirMissing => "không có thư mục sectors/".into(),
            SectorFileNotYaml => "tệp trong sectors/ không phải tệp YAML".into(),
            NoSectors => "thư mục sectors/ không có tệp lĩnh vực nào".into(),
            NotNfc => "văn bản không ở dạng Unicode NFC (dấu tiếng Việt được gõ tách rời); đã chuẩn hóa khi dựng".into(),
            ControlChar { code_point } => format!("ký tự điều khiển U+{code_point:04X} trong văn bản"),
            LegacyText { encoding } => format!("văn bản có vẻ được gõ bằng bảng mã cũ {} (hiện thành chữ lỗi trong UTF-8)", encoding.name()),
            UnclosedEmphasis { mark } => format!("dấu `{mark}` mở chữ nhấn mạnh nhưng không đóng"),
            BadFootnoteRef => "tham chiếu chú thích sai dạng".into(),
            FootnoteUndefined { key } => format!("chú thích `[^{key}]` chưa được định nghĩa"),
            FootnoteUnused { key } => format!("chú thích `{key}` được định nghĩa nhưng không được dùng"),
            FootnoteTwice { key } => format!("chú thích `{key}` được định nghĩa hai lần"),
            FootnoteReused { key } => format!("chú thích `[^{key}]` đã được gắn ở chỗ khác"),
            FootnoteNested => "chú thích không được chứa tham chiếu chú thích khác".into(),
            FootnoteKey { key } => format!("khóa chú thích `{key}` sai dạng"),
            EmptySector => "lĩnh vực không có nội dung".into(),
            EmptyModel => "mô hình không có nội dung (body rỗng)".into(),
            BlankText => "tiêu đề, đoạn hoặc dòng này rỗng".into(),
            BadDate { value } => format!("ngày `{value}` không tồn tại hoặc sai dạng"),
            BadNumber { value } => format!("số văn bản `{value}` không đúng quy định"),
            BadSymbol { value } => format!("ký hiệu văn bản `{value}` không đúng quy định"),
            SymbolTypeMismatch { code, expected, doc_type } => format!("ký hiệu bắt đầu bằng `{code}` nhưng tên loại `{doc_type}` viết tắt là `{expected}`"),
            BadAuthority { line } => format!("quyền hạn ký `{line}` không bắt đầu bằng TM., KT., TL., TUQ. hoặc Q."),
            RecipientsEmpty => "danh sách nơi nhận rỗng".into(),
            RecipientsNoArchive => "nơi nhận thiếu dòng lưu văn thư (\"Lưu: VT\")".into(),
            RecipientsNoNhuTren => "văn bản có Kính gửi nhưng nơi nhận không bắt đầu bằng \"Như trên\"".into(),
            BadNumbering { value, .. } => format!("kiểu đánh số `{value}` không hợp lệ"),
            BadInclude { value, .. } => format!("`include: {value}` không có nghĩa"),
            LayoutRange { option, value, range } => format!("`{option}: {value}` nằm ngoài khoảng Nghị định 30/2020 cho phép ({range})"),
            MixedPadding { padded, unpadded } => format!("số đếm lúc có số 0 đứng trước (`{padded}`), lúc không (`{unpadded}`)"),
            MixedCapitalisation { word, upper, lower } => format!("`{word}` đứng riêng được viết hoa {upper} lần và viết thường {lower} lần cho cùng một nơi"),
            MixedEllipses { forms } => format!("dấu chấm lửng được viết nhiều kiểu: {forms}"),
            Template { detail } => format!("mẫu Markdown lỗi:\n{detail}"),
            Placeholder => "chỗ cần điền «điền: …» vẫn còn".into(),
            FileTooLarge { size, limit, folder: None } => format!("tệp quá lớn: {size} byte, giới hạn {limit} byte"),
            FileTooLarge { size, limit, folder: Some(f) } => format!("tệp {size} byte vượt phần còn lại ({limit} byte) của giới hạn {} MiB cho tất cả các tệp của thư mục dữ liệu", f >> 20),
            TooManySectors { limit } => format!("thư mục sectors/ có hơn {limit} tệp"),
            OutsideFolder { target } => format!("liên kết trỏ ra ngoài thư mục dữ liệu, tới {target}"),
            Block(m) => m.text_vi(),
            Mark(m) => m.text_vi(),
            Pdf(m) => m.text_vi(),
            Figure(m) => m.text_vi(),
            OutputNotAFile => "đường dẫn kết quả đã có và không phải tệp thường (là thư mục hoặc liên kết); chưa ghi tệp nào, các tệp cũ được giữ nguyên".into(),
            OutputsPartlyWritten { error, replaced } => format!("không ghi được: {}; các tệp đã thay bằng bản mới mà không đặt lại được bản cũ: {replaced}; các tệp khác được giữ nguyên", error.text(Lang::Vi)),
            OutInsideData { data } => format!("thư mục kết quả nằm trong thư mục đầu vào {data}: kết quả sẽ ghi lẫn vào dữ liệu; chưa dựng gì"),
            TemplatesDir => "không có thư mục mẫu này (không tồn tại, hoặc là một tệp)".into(),
            TemplateBudget { exceeded } => format!("{}; chưa ghi tệp nào", exceeded.text(Lang::Vi)),
            NoDataFolder => "không có thư mục dữ liệu này".into(),
        }
    }

    fn text_en(&self) -> String {
        use Message::*;
        match self {
            ReadFailed { error } => format!("cannot be read: {}", error.text(Lang::En)),
            NotUtf8 => "the file is not UTF-8 text".into(),
            YamlSyntax => "YAML syntax error".into(),
            YamlLimit => "the file exceeds a safety limit of the YAML reader".into(),
            YamlTab => "a tab is used for indentation".into(),
            YamlIndent => "this line is not indented like the other lines of its level".into(),
            YamlUnclosedQuote { quote } => format!("the quote `{quote}` opened here is never closed"),
            YamlAfterQuote { quote } => format!("text follows the closing quote `{quote}` of the value"),
            YamlUnclosedBracket { bracket } => format!("the `{bracket}` opened here is never closed"),
            YamlColon => "a `:` followed by a space inside an unquoted value".into(),
            YamlDash => "a `- ` (list item) line where a key belongs".into(),
            YamlNoColon => "this line is neither `key: value` nor part of the value above".into(),
            YamlReserved { found } => format!("an unquoted value cannot start with `{found}`"),
            NotAMapping { found } => format!("the file must be `key: value` lines, but it is {}", found.name(Lang::En)),
            YamlDocuments => "a `---` or `...` line splits the file into several YAML documents".into(),
            UnknownKey { key, .. } => format!("unknown key `{key}`"),
            MissingKey { key } => format!("missing required key `{key}`"),
            WrongType { expected, found } => {
                format!("expected {}, found {}", expected.name(Lang::En), found.name(Lang::En))
            }
            DuplicateKey { key } => format!("key `{key}` is written twice"),
            SectorsDirMissing => "there is no sectors/ folder".into(),
            SectorFileNotYaml => "a file in sectors/ is not a YAML file".into(),
            NoSectors => "the sectors/ folder has no sector file".into(),
            NotNfc => "text is not in Unicode NFC (Vietnamese marks typed as separate characters); normalised for the build".into(),
            ControlChar { code_point } => format!("control character U+{code_point:04X} in the text"),
            LegacyText { encoding } => format!("text looks typed in the legacy {} encoding (mojibake in UTF-8)", encoding.name()),
            UnclosedEmphasis { mark } => format!("`{mark}` opens emphasis that is never closed"),
            BadFootnoteRef => "malformed footnote reference".into(),
            FootnoteUndefined { key } => format!("footnote `[^{key}]` is not defined"),
            FootnoteUnused { key } => format!("footnote `{key}` is defined but never used"),
            FootnoteTwice { key } => format!("footnote `{key}` is defined twice"),
            FootnoteReused { key } => format!("footnote `[^{key}]` is already placed elsewhere"),
            FootnoteNested => "a footnote cannot reference another footnote".into(),
            FootnoteKey { key } => format!("malformed footnote key `{key}`"),
            EmptySector => "the sector has no content".into(),
            EmptyModel => "the model has no content (empty body)".into(),
            BlankText => "this title, paragraph or item is empty".into(),
            BadDate { value } => format!("date `{value}` does not exist or is malformed"),
            BadNumber { value } => format!("document number `{value}` is not of the decree's form"),
            BadSymbol { value } => format!("document symbol `{value}` is not of the decree's form"),
            SymbolTypeMismatch { code, expected, doc_type } => format!("the symbol starts with `{code}` but `{doc_type}` abbreviates to `{expected}`"),
            BadAuthority { line } => format!("signing authority `{line}` does not start with TM., KT., TL., TUQ. or Q."),
            RecipientsEmpty => "the recipient list is empty".into(),
            RecipientsNoArchive => "the recipients lack the archive line (\"Lưu: VT\")".into(),
            RecipientsNoNhuTren => "the document has addressees but the recipients do not start with \"Như trên\"".into(),
            BadNumbering { value, .. } => format!("unknown numbering style `{value}`"),
            BadInclude { value, .. } => format!("`include: {value}` means nothing"),
            LayoutRange { option, value, range } => format!("`{option}: {value}` is outside what Decree 30/2020 allows ({range})"),
            MixedPadding { padded, unpadded } => format!("counts are sometimes zero-padded (`{padded}`), sometimes not (`{unpadded}`)"),
            MixedCapitalisation { word, upper, lower } => format!("standalone `{word}` is capitalised {upper} times and lower-case {lower} times for the same place"),
            MixedEllipses { forms } => format!("ellipses are written in several ways: {forms}"),
            Template { detail } => format!("Markdown template error:\n{detail}"),
            Placeholder => "a «điền: …» placeholder is still there".into(),
            FileTooLarge { size, limit, folder: None } => format!("file too large: {size} bytes, the limit is {limit}"),
            FileTooLarge { size, limit, folder: Some(f) } => format!("the file's {size} bytes go past what is left ({limit} bytes) of the {} MiB limit for all the files of the data folder", f >> 20),
            TooManySectors { limit } => format!("the sectors/ folder has more than {limit} files"),
            OutsideFolder { target } => format!("a link leads out of the data folder, to {target}"),
            Block(m) => m.text_en(),
            Mark(m) => m.text_en(),
            Pdf(m) => m.text_en(),
            Figure(m) => m.text_en(),
            OutputNotAFile => "the output path exists and is not a regular file (a folder or a link); nothing was written, previous outputs are left as they were".into(),
            OutputsPartlyWritten { error, replaced } => format!("cannot be written: {}; these were replaced by the new version and could not be put back: {replaced}; the others are as they were", error.text(Lang::En)),
            OutInsideData { data } => format!("the output folder is inside the input folder {data}: outputs would land among the data; nothing was built"),
            TemplatesDir => "there is no such templates folder (it does not exist, or is a file)".into(),
            TemplateBudget { exceeded } => format!("{}; nothing was written", exceeded.text(Lang::En)),
            NoDataFolder => "there is no such data folder".into(),
        }
    }

    fn hint_vi(&self) -> String {
        use Message::*;
        match self {
            ReadFailed { .. } => "kiểm tra đường dẫn và quyền đọc tệp".into(),
            NotUtf8 => "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8".into(),
            YamlSyntax => "kiểm tra dấu ngoặc, dấu nháy và thụt lề ở dòng này hoặc dòng trước".into(),
            YamlTab => "thay dấu tab bằng dấu cách (YAML chỉ thụt lề bằng dấu cách)".into(),
            YamlIndent => "thụt lề dòng này bằng đúng số dấu cách như các khóa cùng cấp ở trên".into(),
            YamlUnclosedQuote { quote: '\'' } => "thêm `'` ở cuối giá trị; trong chữ, viết `''` cho một dấu `'`".into(),
            YamlUnclosedQuote { quote } => format!("thêm `{quote}` ở cuối giá trị; trong chữ, viết `\\{quote}` cho một dấu `{quote}`"),
            YamlAfterQuote { quote: '\'' } => "đặt cả giá trị trong dấu nháy; trong chữ, viết `''` cho một dấu `'`".into(),
            YamlAfterQuote { quote } => format!("đặt cả giá trị trong dấu nháy; trong chữ, viết `\\{quote}` cho một dấu `{quote}`"),
            YamlUnclosedBracket { bracket } => format!("thêm `{}` ở cuối; nếu `{bracket}` là chữ của giá trị, đặt cả giá trị trong dấu nháy kép", closing(*bracket)),
            YamlColon => "đặt cả giá trị trong dấu nháy kép: `khóa: \"… : …\"`".into(),
            YamlDash => "viết mỗi phần tử `- ` trên một dòng riêng, thẳng hàng với các phần tử khác và thụt lề sâu hơn khóa của danh sách; nếu `-` là chữ, đặt giá trị trong dấu nháy kép".into(),
            YamlNoColon => "thêm `:` và dấu cách sau tên khóa, hoặc thụt lề dòng này sâu hơn khóa ở trên để nối vào giá trị của nó".into(),
            YamlReserved { .. } => "đặt cả giá trị trong dấu nháy kép: `khóa: \"…\"`".into(),
            NotAMapping { .. } => "bắt đầu tệp bằng các khóa không thụt lề, mỗi khóa một dòng, ví dụ `title: …`".into(),
            YamlDocuments => "xóa dòng này: mỗi tệp là một tài liệu; nếu là chữ của một đoạn, đặt đoạn trong dấu nháy kép".into(),
            YamlLimit => "tệp dữ liệu báo cáo không cần bí danh (alias) lồng nhau hay cấu trúc sâu đến vậy; viết thẳng nội dung".into(),
            UnknownKey { suggestion: Some(s), .. } => format!("có phải là `{s}`?"),
            UnknownKey { allowed, .. } => format!("các khóa được dùng ở đây: {}", allowed.join(", ")),
            MissingKey { key } => format!("thêm `{key}: ...` vào nhóm này"),
            WrongType { expected: Kind::List, .. } => "viết mỗi phần tử trên một dòng, bắt đầu bằng \"- \"".into(),
            WrongType { expected: Kind::Text, .. } => "viết giá trị trên cùng dòng với khóa, đặt trong dấu nháy kép nếu có dấu \":\"".into(),
            WrongType { .. } => "xem `report explain E-wrong-type`, và định dạng dữ liệu trong hướng dẫn (docs/vi/dinh-dang-du-lieu.md)".into(),
            DuplicateKey { .. } => "xóa một trong hai dòng".into(),
            SectorsDirMissing => "tạo thư mục sectors/ với một tệp .yaml cho mỗi lĩnh vực, ví dụ sectors/01-kinh-te.yaml".into(),
            SectorFileNotYaml => "chỉ để các tệp .yaml của các lĩnh vực trong sectors/; chuyển tệp này ra chỗ khác".into(),
            NoSectors => "thêm ít nhất một tệp, ví dụ sectors/01-kinh-te.yaml".into(),
            NotNfc => "lưu lại tệp ở dạng NFC (nhiều trình soạn thảo có tùy chọn \"Unicode dựng sẵn\")".into(),
            ControlChar { code_point: 0x0B } => "ký tự này thường do dán từ Word (Shift+Enter); xóa nó hoặc thay bằng dấu cách".into(),
            ControlChar { .. } => "ký tự vô hình này không in được; xóa nó".into(),
            LegacyText { .. } => "gõ lại đoạn này bằng Unicode, hoặc chuyển mã bằng công cụ chuyển mã (Unikey: Ctrl+Shift+F6)".into(),
            UnclosedEmphasis { mark } => format!("thêm `{mark}` ở cuối chữ cần nhấn mạnh, hoặc viết `\\*` nếu là dấu sao thật"),
            BadFootnoteRef => "viết `[^khoa]`, khóa gồm chữ thường không dấu, số và `-`".into(),
            FootnoteUndefined { key } => format!("thêm `{key}: <nội dung>` vào `footnotes` của mô hình hoặc của tệp này"),
            FootnoteUnused { key } => format!("đặt `[^{key}]` ngay sau từ cần chú thích, hoặc xóa định nghĩa"),
            FootnoteTwice { .. } => "mỗi khóa chú thích chỉ được định nghĩa một lần; đổi tên một trong hai".into(),
            FootnoteReused { .. } => "mỗi chú thích chỉ gắn vào một chỗ; định nghĩa một chú thích mới cho chỗ này".into(),
            FootnoteNested => "bỏ `[^...]` khỏi nội dung chú thích".into(),
            FootnoteKey { .. } => "khóa chú thích chỉ gồm chữ thường không dấu, số và `-`, ví dụ `hoi-quan`".into(),
            EmptySector => "thêm ít nhất một trong: intro, models, after, difficulties, proposals".into(),
            EmptyModel => "viết ít nhất một đoạn trong body".into(),
            BlankText => "viết nội dung vào đây, hoặc xóa cả dòng".into(),
            BadDate { .. } => "viết ngày dạng YYYY-MM-DD, ví dụ 2021-04-28".into(),
            BadNumber { .. } => "số văn bản là chữ số, số nhỏ hơn 10 có số 0 đứng trước (\"05\"), hoặc để \"\" để điền tay".into(),
            BadSymbol { .. } => "ký hiệu gồm các nhóm chữ in hoa nối bằng \"-\", không có dấu cách, ví dụ BC-UBND".into(),
            SymbolTypeMismatch { expected, .. } => format!("với tên loại này, ký hiệu thường bắt đầu bằng `{expected}-`"),
            BadAuthority { .. } => "viết TM. (thay mặt), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền) hoặc Q. (quyền), ví dụ \"TM. ỦY BAN NHÂN DÂN\"".into(),
            RecipientsEmpty => "thêm ít nhất \"Như trên\" (nếu có Kính gửi) và \"Lưu: VT\"".into(),
            RecipientsNoArchive => "thêm dòng cuối \"Lưu: VT\" (có thể thêm đơn vị soạn thảo và số bản)".into(),
            RecipientsNoNhuTren => "thêm \"Như trên\" làm dòng đầu tiên của nơi nhận".into(),
            BadNumbering { allowed, .. } => format!("dùng một trong: {allowed}"),
            BadInclude { allowed, .. } => format!("dùng một trong: {allowed}"),
            LayoutRange { .. } => "bỏ khóa này để dùng giá trị mặc định, hoặc chọn một giá trị trong khoảng".into(),
            MixedPadding { .. } => "chọn một cách viết và dùng thống nhất trong cả báo cáo".into(),
            MixedCapitalisation { .. } => "Phụ lục II Nghị định 30/2020: danh từ chung chỉ đơn vị hành chính viết thường (\"thành phố\", \"tỉnh\"); chọn một cách viết và dùng thống nhất".into(),
            MixedEllipses { .. } => "dùng một kiểu, ví dụ \"...\", trong cả báo cáo".into(),
            Template { .. } => "sửa mẫu theo cú pháp Tera, hoặc xóa tệp mẫu để dùng mẫu có sẵn".into(),
            Placeholder => "thay cả đoạn «điền: …» bằng nội dung của kỳ này".into(),
            FileTooLarge { .. } => "một báo cáo không cần tệp lớn đến vậy; tách lĩnh vực thành nhiều tệp, hoặc kiểm tra xem có dán nhầm dữ liệu không".into(),
            TooManySectors { .. } => "gộp các lĩnh vực, hoặc kiểm tra xem có chép nhầm thư mục vào sectors/ không".into(),
            OutsideFolder { .. } => "chép tệp vào thư mục dữ liệu thay vì liên kết tới nơi khác".into(),
            Block(m) => m.hint_vi(),
            Mark(m) => m.hint_vi(),
            Pdf(m) => m.hint_vi(),
            Figure(m) => m.hint_vi(),
            OutputNotAFile => "xóa hoặc đổi tên nó, hoặc chọn thư mục --out khác".into(),
            OutputsPartlyWritten { .. } => "sửa lỗi ghi tệp rồi dựng lại: các tệp kết quả lúc này không cùng một lần dựng".into(),
            OutInsideData { .. } => "chọn --out ở ngoài thư mục dữ liệu và thư mục mẫu, ví dụ out/".into(),
            TemplatesDir => "đưa đường dẫn tới thư mục chứa các tệp mẫu .md, hoặc bỏ --templates để dùng mẫu có sẵn".into(),
            TemplateBudget { .. } => "một mẫu báo cáo không cần lặp hay lồng nhau đến vậy; sửa mẫu, hoặc xóa nó để dùng mẫu có sẵn".into(),
            NoDataFolder => "kiểm tra đường dẫn, ví dụ data/2021-04".into(),
        }
    }

    fn hint_en(&self) -> String {
        use Message::*;
        match self {
            ReadFailed { .. } => "check the path and the read permission".into(),
            NotUtf8 => "open the file in an editor and save it as UTF-8".into(),
            YamlSyntax => "check brackets, quotes and indentation on this line or the one before".into(),
            YamlTab => "replace the tab by spaces (YAML indents with spaces only)".into(),
            YamlIndent => "indent this line by as many spaces as the keys of its level above".into(),
            YamlUnclosedQuote { quote: '\'' } => "add `'` at the end of the value; inside the text, write `''` for one `'`".into(),
            YamlUnclosedQuote { quote } => format!("add `{quote}` at the end of the value; inside the text, write `\\{quote}` for one `{quote}`"),
            YamlAfterQuote { quote: '\'' } => "put the whole value in quotes; inside the text, write `''` for one `'`".into(),
            YamlAfterQuote { quote } => format!("put the whole value in quotes; inside the text, write `\\{quote}` for one `{quote}`"),
            YamlUnclosedBracket { bracket } => format!("add `{}` at the end; if `{bracket}` is part of the text, put the whole value in double quotes", closing(*bracket)),
            YamlColon => "put the whole value in double quotes: `key: \"… : …\"`".into(),
            YamlDash => "write each `- ` item on its own line, aligned with the other items and indented deeper than the list's key; if `-` is text, put the value in double quotes".into(),
            YamlNoColon => "add `:` and a space after the key's name, or indent this line deeper than the key above to continue its value".into(),
            YamlReserved { .. } => "put the whole value in double quotes: `key: \"…\"`".into(),
            NotAMapping { .. } => "start the file with unindented keys, one per line, e.g. `title: …`".into(),
            YamlDocuments => "delete this line: each file is one document; if it is text of a paragraph, put the paragraph in double quotes".into(),
            YamlLimit => "report data needs no nested aliases or structures this deep; write the content out".into(),
            UnknownKey { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            UnknownKey { allowed, .. } => format!("keys allowed here: {}", allowed.join(", ")),
            MissingKey { key } => format!("add `{key}: ...` to this mapping"),
            WrongType { expected: Kind::List, .. } => "write each item on its own line, starting with \"- \"".into(),
            WrongType { expected: Kind::Text, .. } => "write the value on the key's line, in double quotes if it holds \":\"".into(),
            WrongType { .. } => "see `report explain E-wrong-type --lang en`, and the data format (docs/data-format.md)".into(),
            DuplicateKey { .. } => "delete one of the two lines".into(),
            SectorsDirMissing => "create a sectors/ folder with one .yaml file per sector, e.g. sectors/01-kinh-te.yaml".into(),
            SectorFileNotYaml => "keep only the sectors' .yaml files in sectors/; move this file elsewhere".into(),
            NoSectors => "add at least one file, e.g. sectors/01-kinh-te.yaml".into(),
            NotNfc => "save the file in NFC (many editors call it \"precomposed Unicode\")".into(),
            ControlChar { code_point: 0x0B } => "Word's Shift+Enter pastes this character; delete it or replace it with a space".into(),
            ControlChar { .. } => "this invisible character does not print; delete it".into(),
            LegacyText { .. } => "retype the passage in Unicode, or convert it with a converter (Unikey: Ctrl+Shift+F6)".into(),
            UnclosedEmphasis { mark } => format!("add `{mark}` after the emphasised words, or write `\\*` for a literal star"),
            BadFootnoteRef => "write `[^key]`, the key of lower-case ASCII letters, digits and `-`".into(),
            FootnoteUndefined { key } => format!("add `{key}: <text>` to the `footnotes` of the model or of this file"),
            FootnoteUnused { key } => format!("put `[^{key}]` right after the word it explains, or delete the definition"),
            FootnoteTwice { .. } => "each footnote key is defined once; rename one of the two".into(),
            FootnoteReused { .. } => "a footnote belongs to one place; define a new one for this place".into(),
            FootnoteNested => "remove the `[^...]` from the footnote's text".into(),
            FootnoteKey { .. } => "footnote keys are lower-case ASCII letters, digits and `-`, e.g. `hoi-quan`".into(),
            EmptySector => "add at least one of: intro, models, after, difficulties, proposals".into(),
            EmptyModel => "write at least one paragraph in body".into(),
            BlankText => "write the content here, or delete the whole line".into(),
            BadDate { .. } => "write the date as YYYY-MM-DD, e.g. 2021-04-28".into(),
            BadNumber { .. } => "a document number is digits, zero-padded below 10 (\"05\"), or \"\" to fill in by hand".into(),
            BadSymbol { .. } => "a symbol is groups of capitals joined by \"-\", no spaces, e.g. BC-UBND".into(),
            SymbolTypeMismatch { expected, .. } => format!("for this document type the symbol usually starts with `{expected}-`"),
            BadAuthority { .. } => "write TM., KT., TL., TUQ. or Q., e.g. \"TM. ỦY BAN NHÂN DÂN\"".into(),
            RecipientsEmpty => "add at least \"Như trên\" (with addressees) and \"Lưu: VT\"".into(),
            RecipientsNoArchive => "add a last line \"Lưu: VT\" (optionally the drafting unit and copies)".into(),
            RecipientsNoNhuTren => "add \"Như trên\" as the first recipient".into(),
            BadNumbering { allowed, .. } => format!("use one of: {allowed}"),
            BadInclude { allowed, .. } => format!("use one of: {allowed}"),
            LayoutRange { .. } => "remove the key to use the default, or choose a value within the range".into(),
            MixedPadding { .. } => "choose one way and use it throughout the report".into(),
            MixedCapitalisation { .. } => "Decree 30/2020 Annex II: the common noun of an administrative unit is lower-case (\"thành phố\", \"tỉnh\"); choose one way and keep to it".into(),
            MixedEllipses { .. } => "use one form, e.g. \"...\", throughout the report".into(),
            Template { .. } => "fix the template (Tera syntax), or delete the file to use the built-in one".into(),
            Placeholder => "replace the whole «điền: …» with this period's content".into(),
            FileTooLarge { .. } => "a report needs no file this large; split the sector into several files, or check for data pasted by mistake".into(),
            TooManySectors { .. } => "merge sectors, or check that no folder was copied into sectors/ by mistake".into(),
            OutsideFolder { .. } => "copy the file into the data folder instead of linking elsewhere".into(),
            Block(m) => m.hint_en(),
            Mark(m) => m.hint_en(),
            Pdf(m) => m.hint_en(),
            Figure(m) => m.hint_en(),
            OutputNotAFile => "remove or rename it, or choose another --out folder".into(),
            OutputsPartlyWritten { .. } => "fix the write problem and build again: the outputs are not from one build now".into(),
            OutInsideData { .. } => "choose an --out outside the data and templates folders, e.g. out/".into(),
            TemplatesDir => "give the path of a folder of .md templates, or leave --templates out for the built-in ones".into(),
            TemplateBudget { .. } => "a report template needs no loops or nesting this large; fix the template, or delete it to use the built-in one".into(),
            NoDataFolder => "check the path, e.g. data/2021-04".into(),
        }
    }
}

/// Words of the report's frame: severities and the heads of notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Error,
    Warning,
    Hint,
    Detail,
    Note,
    /// Of a diagnostic in a file whose text was let go of and has changed since.
    FileChanged,
}

impl Word {
    pub fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Word::Error, Lang::Vi) => "lỗi",
            (Word::Warning, Lang::Vi) => "cảnh báo",
            (Word::Hint, Lang::Vi) => "gợi ý",
            (Word::Detail, Lang::Vi) => "chi tiết",
            (Word::Error, Lang::En) => "error",
            (Word::Warning, Lang::En) => "warning",
            (Word::Hint, Lang::En) => "hint",
            (Word::Detail, Lang::En) => "detail",
            (Word::Note, Lang::Vi) => "ghi chú",
            (Word::Note, Lang::En) => "note",
            (Word::FileChanged, Lang::Vi) => {
                "tệp đã thay đổi sau khi được đọc nên không chỉ được chỗ; hãy chạy lại"
            }
            (Word::FileChanged, Lang::En) => {
                "the file changed after it was read, so the place cannot be shown; run again"
            }
        }
    }
}

/// An error of the operating system, said in the language of the run: the kinds a
/// clerk meets by name, any other with the system's own words.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OsError {
    #[serde(skip)]
    pub kind: std::io::ErrorKind,
    pub raw: String,
    /// A loop of symbolic links (ELOOP), whose kind std has not made stable yet: known
    /// by the kind's name.
    #[serde(skip)]
    pub link_loop: bool,
    /// A file larger than the limit in bytes that it was read with.
    #[serde(skip)]
    pub too_large: Option<u64>,
}

impl From<&std::io::Error> for OsError {
    fn from(e: &std::io::Error) -> OsError {
        OsError {
            kind: e.kind(),
            raw: e.to_string(),
            link_loop: format!("{:?}", e.kind()) == "FilesystemLoop",
            too_large: None,
        }
    }
}

impl OsError {
    /// An error that is not the system's (a file that is not a regular file).
    pub fn not_a_file() -> OsError {
        OsError {
            kind: std::io::ErrorKind::InvalidInput,
            raw: "not a regular file".into(),
            link_loop: false,
            too_large: None,
        }
    }

    /// A file larger than `limit` bytes, not read past it.
    pub fn too_large(limit: u64) -> OsError {
        OsError {
            kind: std::io::ErrorKind::InvalidData,
            raw: format!("larger than {limit} bytes"),
            link_loop: false,
            too_large: Some(limit),
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        use std::io::ErrorKind::*;
        if let Some(limit) = self.too_large {
            let mib = limit >> 20;
            return match lang {
                Lang::Vi => format!("tệp lớn hơn {mib} MiB, giới hạn cho một tệp"),
                Lang::En => format!("the file is larger than {mib} MiB, the limit for one file"),
            };
        }
        if self.link_loop {
            return match lang {
                Lang::Vi => "các liên kết tượng trưng (symlink) trỏ vòng vào nhau".into(),
                Lang::En => "the symbolic links lead in a loop".into(),
            };
        }
        let known = match (self.kind, lang) {
            (NotFound, Lang::Vi) => "không tìm thấy tệp hoặc thư mục",
            (NotFound, Lang::En) => "no such file or folder",
            (PermissionDenied, Lang::Vi) => "không có quyền truy cập",
            (PermissionDenied, Lang::En) => "permission denied",
            (AlreadyExists, Lang::Vi) => "đã có một tệp hoặc thư mục trùng tên",
            (AlreadyExists, Lang::En) => "a file or folder of that name already exists",
            (StorageFull, Lang::Vi) => "hết chỗ trên đĩa",
            (StorageFull, Lang::En) => "no space left on the disk",
            (ReadOnlyFilesystem, Lang::Vi) => "ổ đĩa chỉ cho đọc",
            (ReadOnlyFilesystem, Lang::En) => "the disk is read-only",
            (IsADirectory, Lang::Vi) => "là một thư mục, không phải tệp",
            (IsADirectory, Lang::En) => "is a folder, not a file",
            (NotADirectory, Lang::Vi) => "không phải thư mục",
            (NotADirectory, Lang::En) => "is not a folder",
            (InvalidInput, Lang::Vi) => "không phải tệp thông thường",
            (InvalidInput, Lang::En) => "not a regular file",
            (_, Lang::Vi) => return format!("lỗi hệ thống ({})", self.raw),
            (_, Lang::En) => return format!("system error ({})", self.raw),
        };
        known.to_string()
    }
}

/// What a command tells the clerk besides diagnostics: progress, results, and the
/// fatal errors that stop a command (headed `lỗi:` / `error:`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Notice {
    /// `--check` does not compare the PDF.
    PdfNotCompared,
    /// `--watch` waits for the next change.
    Watching,
    /// A round of `--watch` begins, at `time` (`14:32:05`, the local time, or UTC
    /// marked as such where the local offset is not known).
    Round {
        time: String,
    },
    /// A named figure for `report figures`: as printed, where defined, where used.
    Figure {
        name: String,
        /// The exact value as computed, before it is rounded to print (`99.559782608695652173913043478`).
        value: Option<String>,
        printed: Option<String>,
        /// The decimals and the unit it prints with.
        decimals: Option<u32>,
        unit: Option<String>,
        /// For a comparison with an earlier period: that period's figure as printed.
        earlier: Option<String>,
        defined: String,
        used: Vec<String>,
    },
    /// "2 lỗi, 1 cảnh báo": the summary of one folder.
    Counts {
        folder: String,
        errors: usize,
        warnings: usize,
        /// What report.yaml says of its warnings (`known_warnings`), said with them.
        #[serde(skip_serializing_if = "Option::is_none")]
        known_warnings: Option<String>,
    },
    /// More diagnostics of one code in one file than are shown.
    More {
        count: usize,
        code: String,
        file: String,
    },
    NoErrors {
        folder: String,
    },
    /// Nothing built: the data has errors.
    NotBuilt {
        folder: String,
    },
    /// Stopped on warnings because of `--deny-warnings`.
    DeniedWarnings {
        folder: String,
        warnings: usize,
    },
    Written {
        path: String,
    },
    Missing {
        path: String,
        /// The command that builds it.
        rebuild: String,
    },
    Stale {
        path: String,
        /// The command that rebuilds it.
        rebuild: String,
    },
    /// An output of a set a build was killed writing: the next build completes it.
    Interrupted {
        path: String,
    },
    UpToDate {
        folder: Option<String>,
    },
    Made {
        new: String,
        from: Option<String>,
    },
    Todo {
        place: String,
        what: TodoWhat,
    },
    Then {
        new: String,
    },
    // fatal
    NoDataFolder {
        folder: String,
    },
    FolderOfFolders {
        folder: String,
        inside: Vec<String>,
    },
    SameName {
        a: String,
        b: String,
        name: String,
    },
    CannotWrite {
        path: String,
        error: OsError,
    },
    InitExists {
        path: String,
    },
    /// `init --period` names no period.
    InitBadPeriod {
        value: String,
    },
    /// `init --period` and the new folder's name name two periods.
    InitPeriods {
        given: String,
        folder: String,
    },
    InitInvalid {
        new: String,
    },
    FileError {
        path: String,
        error: OsError,
    },
    BadLang {
        value: String,
    },
    /// The command line could not be parsed; clap's words as the detail.
    BadArguments {
        detail: String,
    },
}

/// What `init` asks the clerk to fill in or check.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TodoWhat {
    Number,
    Date {
        date: String,
    },
    Summary {
        summary: String,
    },
    Opening,
    Sector,
    Appendix,
    /// `previous:` names the folder just copied from.
    Previous,
    /// `previous:` cleared: the new folder is not beside the one it comes from.
    PreviousCleared,
    /// A file a table takes its rows from.
    TableFile,
    /// A placeholder of the skeleton, in its own words.
    Fill {
        text: String,
    },
    /// `period:` set to the new period, whose cut-off it gives.
    Period {
        words: String,
        from: String,
        to: String,
    },
    /// `previous_year:` names the folder of the same period a year before.
    PreviousYear,
    /// `previous_year:` cleared: no folder of the same period a year before beside.
    PreviousYearCleared,
    /// A section title whose period's words were advanced.
    Title {
        title: String,
    },
    /// The parent agency line, carried over.
    Parent {
        parent: String,
    },
}

impl TodoWhat {
    pub fn text(&self, lang: Lang) -> String {
        use TodoWhat::*;
        match (self, lang) {
            (Number, Lang::Vi) => "number: để trống, điền số khi văn thư cấp số".into(),
            (Number, Lang::En) => {
                "number: cleared, to be filled when the registry assigns it".into()
            }
            (Date { date }, Lang::Vi) => format!("date: đoán theo kỳ trước, kiểm tra lại: {date}"),
            (Date { date }, Lang::En) => {
                format!("date: guessed from the previous period, check: {date}")
            }
            (Summary { summary }, Lang::Vi) => {
                format!("summary: kiểm tra trích yếu của kỳ này: \"{summary}\"")
            }
            (Summary { summary }, Lang::En) => {
                format!("summary: check this period's summary: \"{summary}\"")
            }
            (Opening, Lang::Vi) => {
                "opening: điền văn bản yêu cầu báo cáo kỳ này (thay «điền: …»)".into()
            }
            (Opening, Lang::En) => {
                "opening: cite this period's request (replace the placeholder)".into()
            }
            (Sector, Lang::Vi) => {
                "nội dung kỳ trước: cập nhật mô hình, số liệu, khó khăn, đề xuất".into()
            }
            (Sector, Lang::En) => {
                "the previous period's content: update models, figures, difficulties, proposals"
                    .into()
            }
            (PreviousCleared, Lang::Vi) => {
                "previous: đã xóa vì thư mục mới không nằm cạnh thư mục kỳ trước; ghi ../TEN nếu cần so sánh số liệu".into()
            }
            (PreviousCleared, Lang::En) => {
                "previous: cleared, the new folder is not beside the previous one; write ../NAME to compare figures".into()
            }
            (Previous, Lang::Vi) => {
                "previous: kỳ trước, để so sánh số liệu (tăng, giảm so với kỳ trước)".into()
            }
            (Previous, Lang::En) => {
                "previous: the previous period, to compare figures with (up, down)".into()
            }
            (Appendix, Lang::Vi) => "phụ lục kỳ trước: cập nhật nội dung, số liệu".into(),
            (Appendix, Lang::En) => {
                "the previous period's appendix: update its content and figures".into()
            }
            (TableFile, Lang::Vi) => "số liệu kỳ trước: thay bằng tệp của kỳ này".into(),
            (TableFile, Lang::En) => {
                "the previous period's figures: replace with this period's file".into()
            }
            (Fill { text }, Lang::Vi) => text.clone(),
            (Fill { text }, Lang::En) => format!("fill in the placeholder \"{text}\""),
            (Period { words, from, to }, Lang::Vi) => format!("period: {words}; thời gian chốt số liệu từ {from} đến {to} (Nghị định 09/2019/NĐ-CP), in bằng [=ky-tu-ngay], [=ky-den-ngay]"),
            (Period { words, from, to }, Lang::En) => format!("period: {words}; data cut-off from {from} to {to} (Decree 09/2019/NĐ-CP), printed by [=ky-tu-ngay], [=ky-den-ngay]"),
            (Title { title }, Lang::Vi) => format!("sections: kiểm tra tên mục của kỳ này: \"{title}\""),
            (Title { title }, Lang::En) => format!("sections: check this period's section title: \"{title}\""),
            (PreviousYear, Lang::Vi) => "previous_year: cùng kỳ năm trước, để so sánh \"so với cùng kỳ\"".into(),
            (PreviousYear, Lang::En) => "previous_year: the same period a year before, to compare with".into(),
            (PreviousYearCleared, Lang::Vi) => "previous_year: đã xóa vì không có thư mục cùng kỳ năm trước nằm cạnh; ghi ../TEN nếu cần".into(),
            (PreviousYearCleared, Lang::En) => "previous_year: cleared, no folder of the same period a year before beside; write ../NAME if needed".into(),
            (Parent { parent }, Lang::Vi) => format!("agency.parent: giữ như kỳ trước (\"{parent}\"); kiểm tra lại, từ ngày 01/7/2025 không còn cấp huyện"),
            (Parent { parent }, Lang::En) => format!("agency.parent: kept from the previous period (\"{parent}\"); check it, there is no district level since 1 July 2025"),
        }
    }
}

impl Notice {
    /// Whether the notice is a fatal error of the command.
    pub fn is_fatal(&self) -> bool {
        use Notice::*;
        matches!(
            self,
            NoDataFolder { .. }
                | FolderOfFolders { .. }
                | SameName { .. }
                | CannotWrite { .. }
                | InitExists { .. }
                | InitBadPeriod { .. }
                | InitPeriods { .. }
                | InitInvalid { .. }
                | FileError { .. }
                | BadLang { .. }
                | BadArguments { .. }
        )
    }

    /// Whether the notice belongs on stderr (problems) rather than stdout (results).
    pub fn is_problem(&self) -> bool {
        use Notice::*;
        self.is_fatal()
            || matches!(
                self,
                Counts { .. }
                    | More { .. }
                    | NotBuilt { .. }
                    | DeniedWarnings { .. }
                    | Missing { .. }
                    | Stale { .. }
                    | Interrupted { .. }
                    | PdfNotCompared
            )
    }

    /// The notice as one JSON object: its fields, `type`, `fatal` and `message`.
    pub fn json(&self, lang: Lang) -> String {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let Some(map) = value.as_object_mut() {
            map.insert("fatal".into(), self.is_fatal().into());
            map.insert("message".into(), self.text(lang).into());
        }
        value.to_string()
    }

    /// The notice as a line, fatal errors headed `lỗi:` / `error:`.
    pub fn text(&self, lang: Lang) -> String {
        let body = match lang {
            Lang::Vi => self.text_vi(),
            Lang::En => self.text_en(),
        };
        if self.is_fatal() {
            format!("{}: {body}", Word::Error.text(lang))
        } else {
            body
        }
    }

    fn text_vi(&self) -> String {
        use Notice::*;
        match self {
            Counts {
                errors,
                warnings,
                known_warnings,
                ..
            } => match known_warnings {
                Some(note) if *warnings > 0 => {
                    format!("{errors} lỗi, {warnings} cảnh báo (ghi chú của báo cáo: {note})")
                }
                _ => format!("{errors} lỗi, {warnings} cảnh báo"),
            },
            More { count, code, file } => format!("… và {count} thông báo {code} nữa trong {file}"),
            NoErrors { folder } => format!("{folder}: không có lỗi"),
            Watching => "đang theo dõi thay đổi của dữ liệu (Ctrl+C để dừng)…".into(),
            Round { time } => format!("──── {time}: dựng lại ────"),
            PdfNotCompared => "ghi chú: --check không so sánh PDF (PDF của LibreOffice không giống nhau từng byte giữa các lần dựng)".into(),
            Figure {
                name,
                printed,
                earlier,
                defined,
                used,
                ..
            } => format!(
                "{name} = {}{} (định nghĩa: {defined}; dùng: {})",
                printed.as_deref().unwrap_or("không tính được"),
                earlier
                    .as_ref()
                    .map(|e| format!(", so với {e} của kỳ trước"))
                    .unwrap_or_default(),
                if used.is_empty() {
                    "chưa dùng".to_string()
                } else {
                    used.join(", ")
                }
            ),
            NotBuilt { folder } => {
                format!("{folder}: không dựng vì dữ liệu có lỗi; các tệp cũ được giữ nguyên")
            }
            DeniedWarnings { folder, warnings } => format!(
                "{folder}: dừng: {warnings} cảnh báo và --deny-warnings; các tệp cũ được giữ nguyên"
            ),
            Written { path } => path.clone(),
            Missing { path, rebuild } => format!("thiếu: {path}; dựng bằng: {rebuild}"),
            Stale { path, rebuild } => format!("cũ: {path} khác với bản dựng từ dữ liệu; dựng lại bằng: {rebuild}"),
            Interrupted { path } => format!("dở dang: {path} thuộc một lần dựng bị dừng giữa chừng; lần dựng sau sẽ hoàn tất"),
            UpToDate { folder: Some(f) } => format!("{f}: các tệp kết quả đã khớp với dữ liệu"),
            UpToDate { folder: None } => "các tệp kết quả đã khớp với dữ liệu".into(),
            Made {
                new,
                from: Some(from),
            } => format!("Đã tạo {new} từ {from}. Cần điền hoặc kiểm tra:"),
            Made { new, from: None } => format!("Đã tạo {new}. Cần điền:"),
            Todo { place, what } => format!("  {place}: {}", what.text(Lang::Vi)),
            Then { new } => format!("Sau đó: report check {new}"),
            NoDataFolder { folder } => format!("không tìm thấy thư mục dữ liệu {folder}"),
            FolderOfFolders { folder, inside } => format!(
                "{folder} không phải một thư mục dữ liệu (thiếu report.yaml) mà chứa các thư mục dữ liệu: {}; chạy report check {}",
                inside.join(", "),
                inside.join(" ")
            ),
            SameName { a, b, name } => {
                format!("{a} và {b} cùng tên `{name}`, kết quả sẽ ghi đè lên nhau")
            }
            CannotWrite { path, error } => format!(
                "không ghi được {path}: {}; các tệp cũ được giữ nguyên",
                error.text(Lang::Vi)
            ),
            InitExists { path } => format!("{path} đã có; report init không ghi đè thư mục nào"),
            InitBadPeriod { value } => format!("kỳ báo cáo `{value}` sai dạng: {}; chưa tạo thư mục nào", figures::PERIOD_FORMS_VI),
            InitPeriods { given, folder } => format!("--period {given} khác kỳ trong tên thư mục mới ({folder}); đặt tên thư mục theo kỳ báo cáo, hoặc bỏ --period; chưa tạo thư mục nào"),
            InitInvalid { new } => format!("sửa các lỗi của kỳ trước rồi chạy lại; chưa tạo {new}"),
            FileError { path, error } => format!("{path}: {}", error.text(Lang::Vi)),
            BadLang { value } => format!("--lang / REPORT_LANG: `{value}`: dùng vi hoặc en"),
            BadArguments { detail } => {
                format!("đối số dòng lệnh sai (chi tiết: {detail}); xem report --help")
            }
        }
    }

    fn text_en(&self) -> String {
        use Notice::*;
        match self {
            Counts {
                errors,
                warnings,
                known_warnings,
                ..
            } => {
                let counts = format!(
                    "{errors} error{}, {warnings} warning{}",
                    if *errors == 1 { "" } else { "s" },
                    if *warnings == 1 { "" } else { "s" }
                );
                match known_warnings {
                    Some(note) if *warnings > 0 => format!("{counts} (the report's note: {note})"),
                    _ => counts,
                }
            }
            More { count, code, file } => format!("… and {count} more {code} in {file}"),
            NoErrors { folder } => format!("{folder}: no errors"),
            Watching => "watching the data for changes (Ctrl+C to stop)…".into(),
            Round { time } => format!("──── {time}: building again ────"),
            PdfNotCompared => "note: --check leaves the PDF out (LibreOffice's PDF is not byte-identical from run to run)".into(),
            Figure {
                name,
                printed,
                earlier,
                defined,
                used,
                ..
            } => format!(
                "{name} = {}{} (defined: {defined}; used: {})",
                printed.as_deref().unwrap_or("not computed"),
                earlier
                    .as_ref()
                    .map(|e| format!(", against {e} in the earlier period"))
                    .unwrap_or_default(),
                if used.is_empty() {
                    "nowhere".to_string()
                } else {
                    used.join(", ")
                }
            ),
            NotBuilt { folder } => format!(
                "{folder}: nothing built, the data has errors; previous outputs are left as they were"
            ),
            DeniedWarnings { folder, warnings } => format!(
                "{folder}: stopped: {warnings} warning{} and --deny-warnings; previous outputs are left as they were",
                if *warnings == 1 { "" } else { "s" }
            ),
            Written { path } => path.clone(),
            Missing { path, rebuild } => format!("missing: {path}; build it with: {rebuild}"),
            Stale { path, rebuild } => format!("stale: {path} differs from what the data builds; rebuild with: {rebuild}"),
            Interrupted { path } => format!("interrupted: {path} belongs to a build stopped halfway; the next build completes it"),
            UpToDate { folder: Some(f) } => format!("{f}: the outputs are up to date"),
            UpToDate { folder: None } => "the outputs are up to date".into(),
            Made {
                new,
                from: Some(from),
            } => format!("Made {new} from {from}. To fill in or check:"),
            Made { new, from: None } => format!("Made {new}. To fill in:"),
            Todo { place, what } => format!("  {place}: {}", what.text(Lang::En)),
            Then { new } => format!("Then: report check {new}"),
            NoDataFolder { folder } => format!("no data folder {folder}"),
            FolderOfFolders { folder, inside } => format!(
                "{folder} is not a data folder (it has no report.yaml) but holds data folders: {}; run report check {}",
                inside.join(", "),
                inside.join(" ")
            ),
            SameName { a, b, name } => format!(
                "{a} and {b} are both named `{name}`; their outputs would overwrite each other"
            ),
            CannotWrite { path, error } => format!(
                "cannot write {path}: {}; previous outputs are left as they were",
                error.text(Lang::En)
            ),
            InitExists { path } => format!("{path} exists; report init never overwrites a folder"),
            InitBadPeriod { value } => format!("reporting period `{value}` is malformed: {}; nothing was made", figures::PERIOD_FORMS_EN),
            InitPeriods { given, folder } => format!("--period {given} differs from the period in the new folder's name ({folder}); name the folder for the period, or leave out --period; nothing was made"),
            InitInvalid { new } => {
                format!("fix the previous period's errors first; {new} was not made")
            }
            FileError { path, error } => format!("{path}: {}", error.text(Lang::En)),
            BadLang { value } => format!("--lang / REPORT_LANG: `{value}`: use vi or en"),
            BadArguments { detail } => {
                format!("wrong command-line arguments (detail: {detail}); see report --help")
            }
        }
    }
}

/// The texts of `--help`, in the language of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    About,
    Build,
    Check,
    Init,
    Schema,
    Soffice,
    PdfTimeout,
    NoPdfa,
    Watch,
    Figures,
    FigureDir,
    LangFlag,
    MessageFormat,
    DataDirs,
    Out,
    Formats,
    Templates,
    DenyWarnings,
    CheckOutputs,
    NewDir,
    From,
    Period,
    SchemaOut,
    Explain,
    ExplainCode,
    HelpFlag,
    VersionFlag,
    Usage,
    Arguments,
    Options,
    Commands,
}

impl Help {
    pub fn text(self, lang: Lang) -> &'static str {
        use Help::*;
        match (self, lang) {
            (About, Lang::Vi) => {
                "Báo cáo hành chính theo Nghị định 30/2020/NĐ-CP (DOCX, Markdown, PDF), từ dữ liệu YAML."
            }
            (About, Lang::En) => {
                "The administrative report of Decree 30/2020/ND-CP (DOCX, Markdown, PDF), from YAML data."
            }
            (Build, Lang::Vi) => {
                "Kiểm tra rồi dựng báo cáo (DOCX, Markdown, PDF) từ một hoặc nhiều thư mục dữ liệu"
            }
            (Build, Lang::En) => {
                "Check, then build the report (DOCX, Markdown, PDF) from one or more data folders"
            }
            (Check, Lang::Vi) => "Chỉ kiểm tra dữ liệu, in mọi lỗi tìm thấy",
            (Check, Lang::En) => "Only check the data, printing every problem found",
            (Init, Lang::Vi) => {
                "Tạo thư mục dữ liệu cho kỳ báo cáo mới, từ kỳ trước hoặc từ khung trống"
            }
            (Init, Lang::En) => {
                "Make the data folder of a new period, from the previous one or from a skeleton"
            }
            (Schema, Lang::Vi) => {
                "Ghi JSON Schema (draft-07) của report.yaml, các tệp lĩnh vực, phụ lục và tệp siêu dữ liệu, cho trình soạn thảo"
            }
            (Schema, Lang::En) => {
                "Write the JSON Schema (draft-07) of report.yaml, the sector and appendix files and the metadata file, for editors"
            }
            (Figures, Lang::Vi) => {
                "In mọi số liệu có tên của báo cáo: giá trị khi in, nơi định nghĩa, nơi dùng (để rà soát số liệu)"
            }
            (Figures, Lang::En) => {
                "List every named figure of a report: as printed, where it is defined, where it is used (to review the numbers)"
            }
            (FigureDir, Lang::Vi) => "Thư mục dữ liệu, ví dụ data/2021-04",
            (FigureDir, Lang::En) => "The data folder, e.g. data/2021-04",
            (LangFlag, Lang::Vi) => {
                "Ngôn ngữ thông báo: vi (mặc định) hoặc en; cũng đọc từ biến môi trường REPORT_LANG"
            }
            (LangFlag, Lang::En) => {
                "Language of messages: vi (the default) or en; also read from the REPORT_LANG environment variable"
            }
            (MessageFormat, Lang::Vi) => {
                "Dạng thông báo: human (mặc định), short (một dòng mỗi lỗi), json (một đối tượng mỗi dòng)"
            }
            (MessageFormat, Lang::En) => {
                "Form of messages: human (the default), short (one line each), json (one object per line)"
            }
            (DataDirs, Lang::Vi) => "Thư mục dữ liệu, ví dụ data/2021-04 (nhiều thư mục: data/*)",
            (DataDirs, Lang::En) => "Data folders, e.g. data/2021-04 (several: data/*)",
            (Out, Lang::Vi) => "Thư mục ghi kết quả (mặc định: out)",
            (Out, Lang::En) => "Folder to write the outputs to (default: out)",
            (Formats, Lang::Vi) => {
                "Định dạng cần dựng, cách nhau bởi dấu phẩy: docx, md, pdf (qua LibreOffice), meta (siêu dữ liệu JSON) (mặc định: docx,md)"
            }
            (Formats, Lang::En) => {
                "Formats to build, separated by commas: docx, md, pdf (through LibreOffice), meta (JSON metadata) (default: docx,md)"
            }
            (Soffice, Lang::Vi) => {
                "Đường dẫn chương trình LibreOffice (soffice) để dựng PDF (mặc định: tìm trong PATH, rồi ở nơi bộ cài đặt đặt nó trên Windows và macOS; cũng đọc từ REPORT_SOFFICE)"
            }
            (Soffice, Lang::En) => {
                "Path of the LibreOffice program (soffice) that makes the PDF (default: found on PATH, then where its installer puts it on Windows and macOS; also read from REPORT_SOFFICE)"
            }
            (PdfTimeout, Lang::Vi) => {
                "Thời gian chờ tối đa mỗi lần LibreOffice chuyển sang PDF, giây (mặc định: 120)"
            }
            (PdfTimeout, Lang::En) => {
                "The longest LibreOffice may take to make one PDF, seconds (default: 120)"
            }
            (NoPdfa, Lang::Vi) => "Dựng PDF thường thay cho PDF/A (dạng lưu trữ, mặc định)",
            (NoPdfa, Lang::En) => {
                "Make a plain PDF instead of PDF/A (the archival form, the default)"
            }
            (Watch, Lang::Vi) => {
                "Dựng lại mỗi khi tệp dữ liệu thay đổi, đến khi dừng bằng Ctrl+C; dữ liệu có lỗi thì giữ các tệp kết quả cũ"
            }
            (Watch, Lang::En) => {
                "Build again whenever a data file changes, until Ctrl+C; invalid data keeps the previous outputs"
            }
            (Templates, Lang::Vi) => {
                "Thư mục mẫu Markdown thay cho mẫu có sẵn (mặc định: DATA_DIR/templates)"
            }
            (Templates, Lang::En) => {
                "Folder of Markdown templates replacing the built-in ones (default: DATA_DIR/templates)"
            }
            (DenyWarnings, Lang::Vi) => "Coi cảnh báo là lỗi (cho CI)",
            (DenyWarnings, Lang::En) => "Treat warnings as errors (for CI)",
            (CheckOutputs, Lang::Vi) => {
                "Không ghi gì; báo lỗi nếu tệp trong --out thiếu hoặc khác với bản sẽ dựng (cho CI)"
            }
            (CheckOutputs, Lang::En) => {
                "Write nothing; fail if an output in --out is missing or differs from what would be built (for CI)"
            }
            (NewDir, Lang::Vi) => "Thư mục mới (chưa tồn tại), ví dụ data/2021-05",
            (NewDir, Lang::En) => "The new folder (must not exist), e.g. data/2021-05",
            (From, Lang::Vi) => "Thư mục của kỳ trước, ví dụ data/2021-04",
            (From, Lang::En) => "The previous period's folder, e.g. data/2021-04",
            (Period, Lang::Vi) => {
                "Kỳ báo cáo: 2026-09 (tháng), 2026-q3 (quý), 2026-6t (6 tháng đầu năm), 2026-9t (9 tháng), 2026 (năm); mặc định: theo tên thư mục mới, hoặc kỳ sau kỳ của --from"
            }
            (Period, Lang::En) => {
                "The reporting period: 2026-09 (month), 2026-q3 (quarter), 2026-6t (first 6 months), 2026-9t (9 months), 2026 (year); by default the new folder's name, or the period after --from's"
            }
            (SchemaOut, Lang::Vi) => {
                "Thư mục ghi report.schema.json, sector.schema.json, appendix.schema.json và metadata.schema.json (mặc định: schema)"
            }
            (SchemaOut, Lang::En) => {
                "Folder to write report.schema.json, sector.schema.json, appendix.schema.json and metadata.schema.json to (default: schema)"
            }
            (Explain, Lang::Vi) => {
                "Giải thích một mã lỗi (ví dụ E-blank): quy định, ví dụ và cách sửa; không ghi mã thì in danh sách mọi mã"
            }
            (Explain, Lang::En) => {
                "Explain a diagnostic code (e.g. E-blank): the rule, an example and the fix; without a code, list every code"
            }
            (ExplainCode, Lang::Vi) => "Mã lỗi, ví dụ E-blank (chữ hoa hay chữ thường đều được)",
            (ExplainCode, Lang::En) => "The code, e.g. E-blank (in any case)",
            (HelpFlag, Lang::Vi) => "In trợ giúp này",
            (HelpFlag, Lang::En) => "Print this help",
            (VersionFlag, Lang::Vi) => "In phiên bản",
            (VersionFlag, Lang::En) => "Print the version",
            (Usage, Lang::Vi) => "Cách dùng",
            (Usage, Lang::En) => "Usage",
            (Arguments, Lang::Vi) => "Đối số",
            (Arguments, Lang::En) => "Arguments",
            (Options, Lang::Vi) => "Tùy chọn",
            (Options, Lang::En) => "Options",
            (Commands, Lang::Vi) => "Lệnh",
            (Commands, Lang::En) => "Commands",
        }
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
