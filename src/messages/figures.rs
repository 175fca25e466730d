//! The catalogue entries of named figures: code, severity, text and hint in Vietnamese
//! and English.

use crate::diagnostic::Severity;

/// A problem with a named figure or a computed column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FigureMessage {
    BadFigureRef,
    Undefined {
        name: String,
    },
    Unused {
        name: String,
    },
    Twice {
        name: String,
    },
    Name {
        name: String,
    },
    Kind {
        name: String,
    },
    Operands {
        name: String,
        operation: &'static str,
    },
    Cycle {
        chain: String,
    },
    DivisionByZero {
        name: String,
    },
    RatioDiffers {
        stated: String,
        computed: String,
    },
    PartsDiffer {
        total: String,
        sum: String,
    },
    MixedSeparators {
        english: String,
    },
}

impl FigureMessage {
    pub fn severity(&self) -> Severity {
        match self {
            FigureMessage::Unused { .. }
            | FigureMessage::RatioDiffers { .. }
            | FigureMessage::PartsDiffer { .. }
            | FigureMessage::MixedSeparators { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    pub fn code(&self) -> &'static str {
        use FigureMessage::*;
        match self {
            BadFigureRef => "E-markup",
            Undefined { .. } => "E-figure-undefined",
            Unused { .. } => "W-figure-unused",
            Twice { .. } => "E-figure-twice",
            Name { .. } => "E-figure-name",
            Kind { .. } | Operands { .. } => "E-figure",
            Cycle { .. } => "E-figure-cycle",
            DivisionByZero { .. } => "E-figure-zero",
            RatioDiffers { .. } => "W-ratio",
            PartsDiffer { .. } => "W-parts",
            MixedSeparators { .. } => "W-separators",
        }
    }

    pub fn text_vi(&self) -> String {
        use FigureMessage::*;
        match self {
            BadFigureRef => "tham chiếu số liệu sai dạng".into(),
            Undefined { name } => format!("số liệu `{name}` chưa được định nghĩa"),
            Unused { name } => format!("số liệu `{name}` được định nghĩa nhưng không được dùng"),
            Twice { name } => format!("số liệu `{name}` đã được định nghĩa ở chỗ khác"),
            Name { name } => format!("tên số liệu `{name}` sai dạng"),
            Kind { name } => format!(
                "số liệu `{name}` cần đúng một trong: value, sum, difference, ratio, percent"
            ),
            Operands { name, operation } => {
                format!("`{operation}` của số liệu `{name}` cần đúng hai tên số liệu")
            }
            Cycle { chain } => format!("các số liệu tính vòng tròn: {chain}"),
            DivisionByZero { name } => format!("số liệu `{name}` chia cho 0"),
            RatioDiffers { stated, computed } => {
                format!("tỷ lệ ghi `{stated}` nhưng tỷ số đứng trước trong câu tính ra {computed}")
            }
            PartsDiffer { total, sum } => {
                format!("tổng ghi `{total}` nhưng các phần trong ngoặc cộng lại được {sum}")
            }
            MixedSeparators { english } => format!(
                "số `{english}` dùng dấu phẩy ngăn cách hàng nghìn, trong khi báo cáo dùng dấu chấm"
            ),
        }
    }

    pub fn text_en(&self) -> String {
        use FigureMessage::*;
        match self {
            BadFigureRef => "malformed figure reference".into(),
            Undefined { name } => format!("figure `{name}` is not defined"),
            Unused { name } => format!("figure `{name}` is defined but never used"),
            Twice { name } => format!("figure `{name}` is already defined elsewhere"),
            Name { name } => format!("malformed figure name `{name}`"),
            Kind { name } => format!(
                "figure `{name}` needs exactly one of: value, sum, difference, ratio, percent"
            ),
            Operands { name, operation } => {
                format!("the `{operation}` of figure `{name}` needs exactly two figure names")
            }
            Cycle { chain } => format!("figures computed in a circle: {chain}"),
            DivisionByZero { name } => format!("figure `{name}` divides by zero"),
            RatioDiffers { stated, computed } => format!(
                "the percentage says `{stated}` but the ratio before it in the sentence computes to {computed}"
            ),
            PartsDiffer { total, sum } => {
                format!("the total says `{total}` but the parts in parentheses add up to {sum}")
            }
            MixedSeparators { english } => {
                format!("`{english}` groups thousands with a comma, where the report uses dots")
            }
        }
    }

    pub fn hint_vi(&self) -> String {
        use FigureMessage::*;
        match self {
            BadFigureRef => {
                "viết `[=ten]`, tên gồm chữ thường không dấu, số và `-`, ví dụ `[=ho-ngheo]`".into()
            }
            Undefined { name } => {
                format!("thêm `{name}: <số>` vào `figures` của report.yaml hoặc của một lĩnh vực")
            }
            Unused { name } => format!("dùng `[={name}]` trong văn bản, hoặc xóa định nghĩa"),
            Twice { .. } => {
                "mỗi tên số liệu chỉ định nghĩa một lần trong cả báo cáo; đổi tên một trong hai"
                    .into()
            }
            Name { .. } => {
                "tên số liệu gồm chữ thường không dấu, số và `-`, ví dụ `ho-ngheo`".into()
            }
            Kind { .. } => {
                "ví dụ `ten: 1250`, `ten: {value: 1250, unit: hộ}` hoặc `ten: {percent: [a, b]}`"
                    .into()
            }
            Operands { .. } => {
                "ví dụ `{percent: [da-xong, tong-so]}`: số thứ nhất chia số thứ hai".into()
            }
            Cycle { .. } => {
                "một số liệu không được tính từ chính nó; sửa một phép tính trong vòng".into()
            }
            DivisionByZero { .. } => "kiểm tra số liệu ở mẫu số".into(),
            RatioDiffers { .. } => "kiểm tra lại tỷ số hoặc tỷ lệ; hoặc dùng số liệu có tên: `{percent: [a, b]}` và `[=ten]`".into(),
            PartsDiffer { .. } => "kiểm tra lại tổng hoặc các phần; hoặc dùng số liệu có tên: `{sum: [a, b]}` và `[=ten]`".into(),
            MixedSeparators { english } => format!("viết kiểu Việt Nam: `{}`", english.replace(',', ".")),
        }
    }

    pub fn hint_en(&self) -> String {
        use FigureMessage::*;
        match self {
            BadFigureRef => "write `[=name]`, the name of lower-case ASCII letters, digits and `-`, e.g. `[=ho-ngheo]`".into(),
            Undefined { name } => format!("add `{name}: <number>` to the `figures` of report.yaml or of a sector"),
            Unused { name } => format!("use `[={name}]` in the text, or delete the definition"),
            Twice { .. } => "a figure name is defined once in the whole report; rename one of the two".into(),
            Name { .. } => "figure names are lower-case ASCII letters, digits and `-`, e.g. `ho-ngheo`".into(),
            Kind { .. } => "e.g. `name: 1250`, `name: {value: 1250, unit: hộ}` or `name: {percent: [a, b]}`".into(),
            Operands { .. } => "e.g. `{percent: [done, total]}`: the first divided by the second".into(),
            Cycle { .. } => "a figure cannot be computed from itself; fix one computation of the circle".into(),
            DivisionByZero { .. } => "check the figure in the denominator".into(),
            RatioDiffers { .. } => "check the ratio or the percentage; or use named figures: `{percent: [a, b]}` and `[=name]`".into(),
            PartsDiffer { .. } => "check the total or the parts; or use named figures: `{sum: [a, b]}` and `[=name]`".into(),
            MixedSeparators { english } => format!("write it the Vietnamese way: `{}`", english.replace(',', ".")),
        }
    }
}
