//! The words the catalogue's messages are made of, each in every language side by side:
//! the words of the report's frame, the notes of secondary labels, the kinds of YAML
//! nodes, the budgets of the templates, the legacy encodings and the errors of the
//! operating system.

use super::{Lang, Tr};

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
        match self {
            Word::Error => Tr {
                vi: "lỗi",
                en: "error",
            },
            Word::Warning => Tr {
                vi: "cảnh báo",
                en: "warning",
            },
            Word::Hint => Tr {
                vi: "gợi ý",
                en: "hint",
            },
            Word::Detail => Tr {
                vi: "chi tiết",
                en: "detail",
            },
            Word::Note => Tr {
                vi: "ghi chú",
                en: "note",
            },
            Word::FileChanged => Tr {
                vi: "tệp đã thay đổi sau khi được đọc nên không chỉ được chỗ; hãy chạy lại",
                en: "the file changed after it was read, so the place cannot be shown; run again",
            },
        }
        .get(lang)
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
        match self {
            Note::FirstDefined => Tr {
                vi: "định nghĩa lần đầu ở đây",
                en: "first defined here",
            },
            Note::FirstWritten => Tr {
                vi: "viết lần đầu ở đây",
                en: "first written here",
            },
            Note::FirstUsed => Tr {
                vi: "đã gắn ở đây",
                en: "first placed here",
            },
        }
        .get(lang)
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
    /// The kind, named in a sentence: "a string".
    pub(super) fn name(self) -> Tr<&'static str> {
        match self {
            Kind::Text => Tr {
                vi: "một chuỗi chữ",
                en: "a string",
            },
            Kind::List => Tr {
                vi: "một danh sách",
                en: "a list",
            },
            Kind::Map => Tr {
                vi: "một nhóm khóa",
                en: "a mapping",
            },
            Kind::Number => Tr {
                vi: "một số",
                en: "a number",
            },
            Kind::Empty => Tr {
                vi: "giá trị rỗng",
                en: "nothing",
            },
        }
    }
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
    /// What went past the budget.
    pub(super) fn text(&self) -> Tr<String> {
        use Budget::*;
        match self {
            Files { limit } => Tr {
                vi: format!("thư mục mẫu có hơn {limit} tệp .md"),
                en: format!("the templates folder has more than {limit} .md files"),
            },
            IncludeDepth { limit, chain } => Tr {
                vi: format!("các mẫu gọi nhau (include, extends) sâu hơn {limit} tầng: {chain}"),
                en: format!(
                    "templates name one another (include, extends) more than {limit} deep: {chain}"
                ),
            },
            RangeItems { limit } => Tr {
                vi: format!("các vòng `range` của mẫu sinh quá {limit} phần tử; đã dừng"),
                en: format!(
                    "the templates' `range` loops produce more than {limit} items; stopped"
                ),
            },
            Output { limit } => Tr {
                vi: format!("bản Markdown dựng từ mẫu vượt {limit} byte; đã dừng"),
                en: format!("the Markdown the templates write passes {limit} bytes; stopped"),
            },
            Time { seconds } => Tr {
                vi: format!("dựng Markdown từ mẫu quá {seconds} giây; đã dừng"),
                en: format!("rendering the templates took more than {seconds} s; stopped"),
            },
            Memory { limit_mib } => Tr {
                vi: format!("dựng Markdown từ mẫu cần hơn {limit_mib} MiB bộ nhớ; đã dừng"),
                en: format!(
                    "rendering the templates needed more than {limit_mib} MiB of memory; stopped"
                ),
            },
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
    /// Its name, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            LegacyEncoding::Tcvn3 => "TCVN3 (ABC)",
            LegacyEncoding::Vni => "VNI",
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
        self.said().get(lang)
    }

    /// The error in every language.
    fn said(&self) -> Tr<String> {
        use std::io::ErrorKind::*;
        if let Some(limit) = self.too_large {
            let mib = limit >> 20;
            return Tr {
                vi: format!("tệp lớn hơn {mib} MiB, giới hạn cho một tệp"),
                en: format!("the file is larger than {mib} MiB, the limit for one file"),
            };
        }
        if self.link_loop {
            return Tr {
                vi: "các liên kết tượng trưng (symlink) trỏ vòng vào nhau".into(),
                en: "the symbolic links lead in a loop".into(),
            };
        }
        let known = match self.kind {
            NotFound => Tr {
                vi: "không tìm thấy tệp hoặc thư mục",
                en: "no such file or folder",
            },
            PermissionDenied => Tr {
                vi: "không có quyền truy cập",
                en: "permission denied",
            },
            AlreadyExists => Tr {
                vi: "đã có một tệp hoặc thư mục trùng tên",
                en: "a file or folder of that name already exists",
            },
            StorageFull => Tr {
                vi: "hết chỗ trên đĩa",
                en: "no space left on the disk",
            },
            ReadOnlyFilesystem => Tr {
                vi: "ổ đĩa chỉ cho đọc",
                en: "the disk is read-only",
            },
            IsADirectory => Tr {
                vi: "là một thư mục, không phải tệp",
                en: "is a folder, not a file",
            },
            NotADirectory => Tr {
                vi: "không phải thư mục",
                en: "is not a folder",
            },
            InvalidInput => Tr {
                vi: "không phải tệp thông thường",
                en: "not a regular file",
            },
            _ => {
                return Tr {
                    vi: format!("lỗi hệ thống ({})", self.raw),
                    en: format!("system error ({})", self.raw),
                };
            }
        };
        known.map(String::from)
    }
}
