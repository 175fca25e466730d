//! The message catalogue: every diagnostic's code, severity, text and hint, in Vietnamese
//! and in English. One `match` per language and property, so that a message without its
//! translation does not compile.

mod blocks;
mod marks;
mod pdf;

pub use blocks::BlockMessage;
pub use marks::MarkMessage;
pub use pdf::{INSTALL as PDF_INSTALL, PdfMessage};

use crate::diagnostic::Severity;

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
        error: String,
    },
    NotUtf8,
    YamlSyntax {
        detail: String,
    },
    YamlLimit {
        detail: String,
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
        first: String,
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
    OutputNotAFile,
    OutputsPartlyWritten {
        error: String,
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
            (Time { seconds }, Lang::En) => {
                format!("rendering the templates took more than {seconds} s; stopped")
            }
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
            YamlSyntax { .. } => "E-yaml-syntax",
            YamlLimit { .. } => "E-yaml-limit",
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
            OutputNotAFile => "E-output",
            OutputsPartlyWritten { .. } => "E-write",
            OutInsideData { .. } => "E-out-inside-data",
            TemplatesDir => "E-templates-dir",
            TemplateBudget { .. } => "E-template-budget",
            NoDataFolder => "E-data-dir",
        }
    }

    pub fn severity(&self) -> Severity {
        if self.code().starts_with("W-") {
            Severity::Warning
        } else {
            Severity::Error
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
            ReadFailed { error } => format!("không đọc được: {error}"),
            NotUtf8 => "tệp không phải văn bản UTF-8".into(),
            YamlSyntax { detail } => format!("YAML sai cú pháp: {detail}"),
            YamlLimit { detail } => format!("tệp vượt giới hạn an toàn khi đọc YAML: {detail}"),
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
            FootnoteTwice { key, first } => format!("chú thích `{key}` đã được định nghĩa ở {first}"),
            FootnoteReused { key } => format!("chú thích `[^{key}]` đã được gắn ở chỗ khác"),
            FootnoteNested => "chú thích không được chứa tham chiếu chú thích khác".into(),
            FootnoteKey { key } => format!("khóa chú thích `{key}` sai dạng"),
            EmptySector => "lĩnh vực không có nội dung".into(),
            EmptyModel => "mô hình không có nội dung (body rỗng)".into(),
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
            FileTooLarge { size, limit } => format!("tệp quá lớn: {size} byte, giới hạn {limit} byte"),
            TooManySectors { limit } => format!("thư mục sectors/ có hơn {limit} tệp"),
            OutsideFolder { target } => format!("liên kết trỏ ra ngoài thư mục dữ liệu, tới {target}"),
            Block(m) => m.text_vi(),
            Mark(m) => m.text_vi(),
            Pdf(m) => m.text_vi(),
            OutputNotAFile => "đường dẫn kết quả đã có và không phải tệp thường (là thư mục hoặc liên kết); chưa ghi tệp nào, các tệp cũ được giữ nguyên".into(),
            OutputsPartlyWritten { error, replaced } => format!("không ghi được: {error}; các tệp đã thay bằng bản mới mà không đặt lại được bản cũ: {replaced}; các tệp khác được giữ nguyên"),
            OutInsideData { data } => format!("thư mục kết quả nằm trong thư mục đầu vào {data}: kết quả sẽ ghi lẫn vào dữ liệu; chưa dựng gì"),
            TemplatesDir => "không có thư mục mẫu này (không tồn tại, hoặc là một tệp)".into(),
            TemplateBudget { exceeded } => format!("{}; chưa ghi tệp nào", exceeded.text(Lang::Vi)),
            NoDataFolder => "không có thư mục dữ liệu này".into(),
        }
    }

    fn text_en(&self) -> String {
        use Message::*;
        match self {
            ReadFailed { error } => format!("cannot be read: {error}"),
            NotUtf8 => "the file is not UTF-8 text".into(),
            YamlSyntax { detail } => format!("YAML syntax error: {detail}"),
            YamlLimit { detail } => format!("the file exceeds a safety limit of the YAML reader: {detail}"),
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
            FootnoteTwice { key, first } => format!("footnote `{key}` is already defined at {first}"),
            FootnoteReused { key } => format!("footnote `[^{key}]` is already placed elsewhere"),
            FootnoteNested => "a footnote cannot reference another footnote".into(),
            FootnoteKey { key } => format!("malformed footnote key `{key}`"),
            EmptySector => "the sector has no content".into(),
            EmptyModel => "the model has no content (empty body)".into(),
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
            FileTooLarge { size, limit } => format!("file too large: {size} bytes, the limit is {limit}"),
            TooManySectors { limit } => format!("the sectors/ folder has more than {limit} files"),
            OutsideFolder { target } => format!("a link leads out of the data folder, to {target}"),
            Block(m) => m.text_en(),
            Mark(m) => m.text_en(),
            Pdf(m) => m.text_en(),
            OutputNotAFile => "the output path exists and is not a regular file (a folder or a link); nothing was written, previous outputs are left as they were".into(),
            OutputsPartlyWritten { error, replaced } => format!("cannot be written: {error}; these were replaced by the new version and could not be put back: {replaced}; the others are as they were"),
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
            YamlSyntax { .. } => "kiểm tra dấu ngoặc, dấu nháy và thụt lề ở dòng này hoặc dòng trước".into(),
            YamlLimit { .. } => "tệp dữ liệu báo cáo không cần bí danh (alias) lồng nhau hay cấu trúc sâu đến vậy; viết thẳng nội dung".into(),
            UnknownKey { suggestion: Some(s), .. } => format!("có phải là `{s}`?"),
            UnknownKey { allowed, .. } => format!("các khóa được dùng ở đây: {}", allowed.join(", ")),
            MissingKey { key } => format!("thêm `{key}: ...` vào nhóm này"),
            WrongType { expected: Kind::List, .. } => "viết mỗi phần tử trên một dòng, bắt đầu bằng \"- \"".into(),
            WrongType { expected: Kind::Text, .. } => "viết giá trị trên cùng dòng với khóa, đặt trong dấu nháy kép nếu có dấu \":\"".into(),
            WrongType { .. } => "xem định dạng trong docs/data-format.md".into(),
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
            YamlSyntax { .. } => "check brackets, quotes and indentation on this line or the one before".into(),
            YamlLimit { .. } => "report data needs no nested aliases or structures this deep; write the content out".into(),
            UnknownKey { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            UnknownKey { allowed, .. } => format!("keys allowed here: {}", allowed.join(", ")),
            MissingKey { key } => format!("add `{key}: ...` to this mapping"),
            WrongType { expected: Kind::List, .. } => "write each item on its own line, starting with \"- \"".into(),
            WrongType { expected: Kind::Text, .. } => "write the value on the key's line, in double quotes if it holds \":\"".into(),
            WrongType { .. } => "see the format in docs/data-format.md".into(),
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
            OutputNotAFile => "remove or rename it, or choose another --out folder".into(),
            OutputsPartlyWritten { .. } => "fix the write problem and build again: the outputs are not from one build now".into(),
            OutInsideData { .. } => "choose an --out outside the data and templates folders, e.g. out/".into(),
            TemplatesDir => "give the path of a folder of .md templates, or leave --templates out for the built-in ones".into(),
            TemplateBudget { .. } => "a report template needs no loops or nesting this large; fix the template, or delete it to use the built-in one".into(),
            NoDataFolder => "check the path, e.g. data/2021-04".into(),
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
