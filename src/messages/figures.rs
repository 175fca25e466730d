//! The catalogue entries of named figures: code, severity, text and hint in Vietnamese
//! and English.

use crate::messages::Severity;

/// A problem with a named figure or a computed column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FigureMessage {
    BadFigureRef,
    /// report.yaml's `period:` is not a period.
    BadPeriod {
        value: String,
    },
    /// A cut-off value (`[=ky-tu-ngay]`) is printed but report.yaml names no `period:`.
    CutOffNeedsPeriod {
        name: String,
    },
    /// A figure takes a name kept for the cut-off values.
    Reserved {
        name: String,
    },
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
    PreviousPath {
        value: String,
    },
    PreviousMissing {
        value: String,
    },
    NoEarlier {
        name: String,
        with: String,
    },
    EarlierLacks {
        name: String,
        folder: String,
    },
    BadWith {
        value: String,
    },
    Unchanged {
        folder: String,
    },
    /// A value or a result past what exact decimals hold (28 significant digits).
    Overflow {
        name: String,
    },
    /// `decimals` that is not a whole number from 0 to 6.
    Decimals {
        value: String,
    },
    /// The earlier period's folder has errors: its figures do not count.
    EarlierFails {
        folder: String,
        problem: String,
    },
    /// `as:` of a change that is neither `percent` nor `amount`.
    BadAs {
        value: String,
    },
    /// A table figure's column is not a column of the table (or not one it can read).
    TableFigureColumn {
        column: String,
        columns: usize,
    },
    /// A table figure that is neither a cell (`row`, `column`) nor a count (`count`).
    TableFigureKind {
        name: String,
    },
    /// No body row, or more than one, has the key a cell figure names.
    TableFigureRow {
        key: String,
        found: usize,
    },
    /// The cell a figure names holds no number.
    TableFigureNotNumber {
        name: String,
    },
    /// A column's total is named as a figure, but the column holds text.
    TableFigureText {
        name: String,
        value: String,
    },
}

/// The forms of a reporting period, for the hints of `period:` and `init --period`.
pub const PERIOD_FORMS_VI: &str = "viết kỳ báo cáo dạng 2026-09 (tháng), 2026-q3 (quý), 2026-6t (6 tháng đầu năm), 2026-9t (9 tháng) hoặc 2026 (năm)";
pub const PERIOD_FORMS_EN: &str = "write the reporting period as 2026-09 (a month), 2026-q3 (a quarter), 2026-6t (the first 6 months), 2026-9t (9 months) or 2026 (a year)";

impl FigureMessage {
    pub fn severity(&self) -> Severity {
        match self {
            FigureMessage::Unused { .. }
            | FigureMessage::RatioDiffers { .. }
            | FigureMessage::PartsDiffer { .. }
            | FigureMessage::MixedSeparators { .. }
            | FigureMessage::Unchanged { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    pub fn code(&self) -> &'static str {
        use FigureMessage::*;
        match self {
            PreviousPath { .. } | PreviousMissing { .. } => "E-previous",
            NoEarlier { .. } | EarlierLacks { .. } | BadWith { .. } => "E-figure-change",
            Unchanged { .. } => "W-sector-unchanged",
            Overflow { .. } => "E-figure-overflow",
            Decimals { .. } => "E-figure-decimals",
            EarlierFails { .. } => "E-previous-errors",
            BadAs { .. } => "E-figure-change",
            TableFigureColumn { .. }
            | TableFigureKind { .. }
            | TableFigureRow { .. }
            | TableFigureNotNumber { .. }
            | TableFigureText { .. } => "E-table-figure",
            BadFigureRef => "E-markup",
            BadPeriod { .. } | CutOffNeedsPeriod { .. } => "E-period",
            Reserved { .. } => "E-figure-name",
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
            PreviousPath { value } => {
                format!("`{value}` không phải thư mục nằm cạnh thư mục dữ liệu này")
            }
            PreviousMissing { value } => {
                format!("không đọc được thư mục dữ liệu kỳ trước `{value}`")
            }
            NoEarlier { name, with } => format!(
                "số liệu `{name}` so sánh với `{with}`, nhưng report.yaml không ghi thư mục kỳ đó"
            ),
            EarlierLacks { name, folder } => {
                format!("kỳ trước ({folder}) không có số liệu `{name}`")
            }
            BadWith { value } => format!("kỳ so sánh `{value}` không hợp lệ"),
            Unchanged { folder } => format!(
                "tệp lĩnh vực giống hệt tệp cùng tên của kỳ trước ({folder}): số liệu kỳ trước có lẽ vẫn còn"
            ),
            BadFigureRef => "tham chiếu số liệu sai dạng".into(),
            BadPeriod { value } => format!("kỳ báo cáo `{value}` sai dạng"),
            CutOffNeedsPeriod { name } => format!(
                "`[={name}]` in thời gian chốt số liệu của kỳ báo cáo, nhưng report.yaml không ghi kỳ báo cáo (`period`)"
            ),
            Reserved { name } => {
                format!("tên `{name}` dành cho thời gian chốt số liệu của kỳ báo cáo")
            }
            Undefined { name } => format!("số liệu `{name}` chưa được định nghĩa"),
            Unused { name } => format!("số liệu `{name}` được định nghĩa nhưng không được dùng"),
            Twice { name } => format!("số liệu `{name}` đã được định nghĩa ở chỗ khác"),
            Name { name } => format!("tên số liệu `{name}` sai dạng"),
            Kind { name } => format!(
                "số liệu `{name}` cần đúng một trong: value, sum, difference, ratio, percent, change, multiply"
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
                format!("tổng ghi `{total}` nhưng các phần được kể ra cộng lại được {sum}")
            }
            MixedSeparators { english } => format!(
                "số `{english}` dùng dấu phẩy ngăn cách hàng nghìn, trong khi báo cáo dùng dấu chấm"
            ),
            Overflow { name } => {
                format!("số liệu `{name}` vượt quá giới hạn tính chính xác (28 chữ số có nghĩa)")
            }
            Decimals { value } => format!("`decimals: {value}` không hợp lệ"),
            EarlierFails { folder, problem } => format!(
                "thư mục kỳ so sánh {folder} còn lỗi nên số liệu của nó không được dùng (lỗi đầu tiên: {problem})"
            ),
            BadAs { value } => format!("cách so sánh `as: {value}` không hợp lệ"),
            TableFigureColumn { column, columns } => {
                format!("số liệu lấy cột {column}, nhưng bảng có {columns} cột")
            }
            TableFigureKind { name } => format!(
                "số liệu `{name}` của bảng cần `row` và `column` (một ô), hoặc `count` (đếm dòng)"
            ),
            TableFigureRow { key, found: 0 } => {
                format!("không có dòng số liệu nào có STT hoặc cột đầu là `{key}`")
            }
            TableFigureRow { key, found } => {
                format!("có {found} dòng số liệu có STT hoặc cột đầu là `{key}`")
            }
            TableFigureNotNumber { name } => format!("ô của số liệu `{name}` không chứa số"),
            TableFigureText { name, value } => format!(
                "số liệu `{name}` là tổng của một cột có ô chữ `{value}`: tổng sẽ thiếu ô đó"
            ),
        }
    }

    pub fn text_en(&self) -> String {
        use FigureMessage::*;
        match self {
            PreviousPath { value } => format!("`{value}` is not a folder beside this data folder"),
            PreviousMissing { value } => {
                format!("the previous period's data folder `{value}` cannot be read")
            }
            NoEarlier { name, with } => format!(
                "figure `{name}` compares with `{with}`, but report.yaml names no folder for that period"
            ),
            EarlierLacks { name, folder } => {
                format!("the earlier period ({folder}) has no figure `{name}`")
            }
            BadWith { value } => format!("comparison period `{value}` is not valid"),
            Unchanged { folder } => format!(
                "the sector file is byte for byte the previous period's file of the same name ({folder}): last period's figures are probably still there"
            ),
            BadFigureRef => "malformed figure reference".into(),
            BadPeriod { value } => format!("reporting period `{value}` is malformed"),
            CutOffNeedsPeriod { name } => format!(
                "`[={name}]` prints the reporting period's data cut-off, but report.yaml names no period (`period`)"
            ),
            Reserved { name } => {
                format!("the name `{name}` is kept for the reporting period's data cut-off")
            }
            Undefined { name } => format!("figure `{name}` is not defined"),
            Unused { name } => format!("figure `{name}` is defined but never used"),
            Twice { name } => format!("figure `{name}` is already defined elsewhere"),
            Name { name } => format!("malformed figure name `{name}`"),
            Kind { name } => format!(
                "figure `{name}` needs exactly one of: value, sum, difference, ratio, percent, change, multiply"
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
                format!("the total says `{total}` but the parts it lists add up to {sum}")
            }
            MixedSeparators { english } => {
                format!("`{english}` groups thousands with a comma, where the report uses dots")
            }
            Overflow { name } => {
                format!("figure `{name}` is past what exact decimals hold (28 significant digits)")
            }
            Decimals { value } => format!("`decimals: {value}` is not valid"),
            EarlierFails { folder, problem } => format!(
                "the folder compared with, {folder}, has errors, so its figures are not used (first: {problem})"
            ),
            BadAs { value } => format!("`as: {value}` is not a way to compare"),
            TableFigureColumn { column, columns } => {
                format!("the figure takes column {column}, but the table has {columns} columns")
            }
            TableFigureKind { name } => format!(
                "table figure `{name}` needs `row` and `column` (a cell) or `count` (a count of rows)"
            ),
            TableFigureRow { key, found: 0 } => {
                format!("no body row has `{key}` in its number (STT) or first column")
            }
            TableFigureRow { key, found } => {
                format!("{found} body rows have `{key}` in their number (STT) or first column")
            }
            TableFigureNotNumber { name } => format!("the cell of figure `{name}` holds no number"),
            TableFigureText { name, value } => format!(
                "figure `{name}` totals a column with a text cell `{value}`: the total would leave it out"
            ),
        }
    }

    pub fn hint_vi(&self) -> String {
        use FigureMessage::*;
        match self {
            PreviousPath { .. } => "viết `../TEN`, tên thư mục dữ liệu kỳ trước nằm cùng chỗ với thư mục này, ví dụ `../2021-04`".into(),
            PreviousMissing { .. } => "kiểm tra tên thư mục; thư mục kỳ trước cần có report.yaml".into(),
            NoEarlier { with, .. } => format!("thêm `{with}: ../TEN` vào report.yaml"),
            EarlierLacks { name, .. } => format!("định nghĩa `{name}` trong `figures` của kỳ trước, hoặc bỏ phép so sánh"),
            BadWith { .. } => "viết \"previous\" (kỳ trước) hoặc \"previous_year\" (cùng kỳ năm trước)".into(),
            Unchanged { .. } => "cập nhật nội dung, số liệu của kỳ này".into(),
            BadPeriod { .. } => PERIOD_FORMS_VI.into(),
            CutOffNeedsPeriod { .. } => {
                "thêm kỳ báo cáo vào report.yaml, ví dụ `period: 2026-q3`".into()
            }
            Reserved { .. } => "đặt tên khác cho số liệu này".into(),
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
            Overflow { .. } => "kiểm tra lại giá trị: số liệu hành chính không lớn đến thế".into(),
            Decimals { .. } => "viết số nguyên từ 0 đến 6".into(),
            EarlierFails { folder, .. } => format!("chạy `report check {folder}` và sửa các lỗi ở đó"),
            BadAs { .. } => "viết \"percent\" (tăng 12,5%) hoặc \"amount\" (tăng 120 triệu đồng)".into(),
            TableFigureColumn { .. } => "ghi số thứ tự cột, đếm từ 1".into(),
            TableFigureKind { .. } => "ví dụ `{row: \"1\", column: 3}` hoặc `{count: 5, equals: \"Hoàn thành\"}`".into(),
            TableFigureRow { found: 0, .. } => "ghi đúng chữ ở cột STT hoặc cột đầu của dòng".into(),
            TableFigureRow { .. } => "chọn một khóa chỉ có ở một dòng, ví dụ số thứ tự".into(),
            TableFigureNotNumber { .. } => "chọn ô của một cột số".into(),
            TableFigureText { .. } => "viết số vào ô đó, để trống, hoặc ghi \"-\"".into(),
        }
    }

    pub fn hint_en(&self) -> String {
        use FigureMessage::*;
        match self {
            PreviousPath { .. } => "write `../NAME`, the name of the previous period's data folder beside this one, e.g. `../2021-04`".into(),
            PreviousMissing { .. } => "check the folder's name; the previous period's folder needs a report.yaml".into(),
            NoEarlier { with, .. } => format!("add `{with}: ../NAME` to report.yaml"),
            EarlierLacks { name, .. } => format!("define `{name}` in the earlier period's `figures`, or drop the comparison"),
            BadWith { .. } => "write \"previous\" or \"previous_year\"".into(),
            Unchanged { .. } => "update the content and figures for this period".into(),
            BadPeriod { .. } => PERIOD_FORMS_EN.into(),
            CutOffNeedsPeriod { .. } => {
                "add the reporting period to report.yaml, e.g. `period: 2026-q3`".into()
            }
            Reserved { .. } => "give this figure another name".into(),
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
            Overflow { .. } => "check the value: no administrative figure is that large".into(),
            Decimals { .. } => "write a whole number from 0 to 6".into(),
            EarlierFails { folder, .. } => format!("run `report check {folder}` and fix the errors there"),
            BadAs { .. } => "write \"percent\" (the rate of change) or \"amount\" (the difference, with its unit)".into(),
            TableFigureColumn { .. } => "give the column's number, counting from 1".into(),
            TableFigureKind { .. } => "e.g. `{row: \"1\", column: 3}` or `{count: 5, equals: \"Hoàn thành\"}`".into(),
            TableFigureRow { found: 0, .. } => "write the text of the row's number (STT) or first column exactly".into(),
            TableFigureRow { .. } => "choose a key only one row has, such as its number".into(),
            TableFigureNotNumber { .. } => "choose a cell of a number column".into(),
            TableFigureText { .. } => "write a number in that cell, leave it empty, or write \"-\"".into(),
        }
    }
}
