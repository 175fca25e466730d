//! The catalogue entries of named figures: each message's code, text and hint in every
//! language side by side.

use super::{Entry, Tr};

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
pub const PERIOD_FORMS: Tr<&str> = Tr {
    vi: "viết kỳ báo cáo dạng 2026-09 (tháng), 2026-q3 (quý), 2026-6t (6 tháng đầu năm), 2026-9t (9 tháng) hoặc 2026 (năm)",
    en: "write the reporting period as 2026-09 (a month), 2026-q3 (a quarter), 2026-6t (the first 6 months), 2026-9t (9 months) or 2026 (a year)",
};

impl FigureMessage {
    /// The catalogue's entry of the message, lent to `read`.
    pub(super) fn entry<R>(&self, read: impl FnOnce(Entry<'_>) -> R) -> R {
        use FigureMessage::*;
        let entry = match self {
            PreviousPath { value } => Entry {
                code: "E-previous",
                text: tr! {
                    vi: format!("`{value}` không phải thư mục nằm cạnh thư mục dữ liệu này"),
                    en: format!("`{value}` is not a folder beside this data folder"),
                },
                hint: tr! {
                    vi: "viết `../TEN`, tên thư mục dữ liệu kỳ trước nằm cùng chỗ với thư mục này, ví dụ `../2021-04`",
                    en: "write `../NAME`, the name of the previous period's data folder beside this one, e.g. `../2021-04`",
                },
            },
            PreviousMissing { value } => Entry {
                code: "E-previous",
                text: tr! {
                    vi: format!("không đọc được thư mục dữ liệu kỳ trước `{value}`"),
                    en: format!("the previous period's data folder `{value}` cannot be read"),
                },
                hint: tr! {
                    vi: "kiểm tra tên thư mục; thư mục kỳ trước cần có report.yaml",
                    en: "check the folder's name; the previous period's folder needs a report.yaml",
                },
            },
            NoEarlier { name, with } => Entry {
                code: "E-figure-change",
                text: tr! {
                    vi: format!("số liệu `{name}` so sánh với `{with}`, nhưng report.yaml không ghi thư mục kỳ đó"),
                    en: format!("figure `{name}` compares with `{with}`, but report.yaml names no folder for that period"),
                },
                hint: tr! {
                    vi: format!("thêm `{with}: ../TEN` vào report.yaml"),
                    en: format!("add `{with}: ../NAME` to report.yaml"),
                },
            },
            EarlierLacks { name, folder } => Entry {
                code: "E-figure-change",
                text: tr! {
                    vi: format!("kỳ trước ({folder}) không có số liệu `{name}`"),
                    en: format!("the earlier period ({folder}) has no figure `{name}`"),
                },
                hint: tr! {
                    vi: format!("định nghĩa `{name}` trong `figures` của kỳ trước, hoặc bỏ phép so sánh"),
                    en: format!("define `{name}` in the earlier period's `figures`, or drop the comparison"),
                },
            },
            BadWith { value } => Entry {
                code: "E-figure-change",
                text: tr! {
                    vi: format!("kỳ so sánh `{value}` không hợp lệ"),
                    en: format!("comparison period `{value}` is not valid"),
                },
                hint: tr! {
                    vi: "viết \"previous\" (kỳ trước) hoặc \"previous_year\" (cùng kỳ năm trước)",
                    en: "write \"previous\" or \"previous_year\"",
                },
            },
            Unchanged { folder } => Entry {
                code: "W-sector-unchanged",
                text: tr! {
                    vi: format!("tệp lĩnh vực giống hệt tệp cùng tên của kỳ trước ({folder}): số liệu kỳ trước có lẽ vẫn còn"),
                    en: format!("the sector file is byte for byte the previous period's file of the same name ({folder}): last period's figures are probably still there"),
                },
                hint: tr! {
                    vi: "cập nhật nội dung, số liệu của kỳ này",
                    en: "update the content and figures for this period",
                },
            },
            BadFigureRef => Entry {
                code: "E-markup",
                text: tr! {
                    vi: "tham chiếu số liệu sai dạng",
                    en: "malformed figure reference",
                },
                hint: tr! {
                    vi: "viết `[=ten]`, tên gồm chữ thường không dấu, số và `-`, ví dụ `[=ho-ngheo]`",
                    en: "write `[=name]`, the name of lower-case ASCII letters, digits and `-`, e.g. `[=ho-ngheo]`",
                },
            },
            BadPeriod { value } => Entry {
                code: "E-period",
                text: tr! {
                    vi: format!("kỳ báo cáo `{value}` sai dạng"),
                    en: format!("reporting period `{value}` is malformed"),
                },
                hint: tr! {
                    vi: PERIOD_FORMS.vi,
                    en: PERIOD_FORMS.en,
                },
            },
            CutOffNeedsPeriod { name } => Entry {
                code: "E-period",
                text: tr! {
                    vi: format!("`[={name}]` in thời gian chốt số liệu của kỳ báo cáo, nhưng report.yaml không ghi kỳ báo cáo (`period`)"),
                    en: format!("`[={name}]` prints the reporting period's data cut-off, but report.yaml names no period (`period`)"),
                },
                hint: tr! {
                    vi: "thêm kỳ báo cáo vào report.yaml, ví dụ `period: 2026-q3`",
                    en: "add the reporting period to report.yaml, e.g. `period: 2026-q3`",
                },
            },
            Reserved { name } => Entry {
                code: "E-figure-name",
                text: tr! {
                    vi: format!("tên `{name}` dành cho thời gian chốt số liệu của kỳ báo cáo"),
                    en: format!("the name `{name}` is kept for the reporting period's data cut-off"),
                },
                hint: tr! {
                    vi: "đặt tên khác cho số liệu này",
                    en: "give this figure another name",
                },
            },
            Undefined { name } => Entry {
                code: "E-figure-undefined",
                text: tr! {
                    vi: format!("số liệu `{name}` chưa được định nghĩa"),
                    en: format!("figure `{name}` is not defined"),
                },
                hint: tr! {
                    vi: format!("thêm `{name}: <số>` vào `figures` của report.yaml hoặc của một lĩnh vực"),
                    en: format!("add `{name}: <number>` to the `figures` of report.yaml or of a sector"),
                },
            },
            Unused { name } => Entry {
                code: "W-figure-unused",
                text: tr! {
                    vi: format!("số liệu `{name}` được định nghĩa nhưng không được dùng"),
                    en: format!("figure `{name}` is defined but never used"),
                },
                hint: tr! {
                    vi: format!("dùng `[={name}]` trong văn bản, hoặc xóa định nghĩa"),
                    en: format!("use `[={name}]` in the text, or delete the definition"),
                },
            },
            Twice { name } => Entry {
                code: "E-figure-twice",
                text: tr! {
                    vi: format!("số liệu `{name}` đã được định nghĩa ở chỗ khác"),
                    en: format!("figure `{name}` is already defined elsewhere"),
                },
                hint: tr! {
                    vi: "mỗi tên số liệu chỉ định nghĩa một lần trong cả báo cáo; đổi tên một trong hai",
                    en: "a figure name is defined once in the whole report; rename one of the two",
                },
            },
            Name { name } => Entry {
                code: "E-figure-name",
                text: tr! {
                    vi: format!("tên số liệu `{name}` sai dạng"),
                    en: format!("malformed figure name `{name}`"),
                },
                hint: tr! {
                    vi: "tên số liệu gồm chữ thường không dấu, số và `-`, ví dụ `ho-ngheo`",
                    en: "figure names are lower-case ASCII letters, digits and `-`, e.g. `ho-ngheo`",
                },
            },
            Kind { name } => Entry {
                code: "E-figure",
                text: tr! {
                    vi: format!("số liệu `{name}` cần đúng một trong: value, sum, difference, ratio, percent, change, multiply"),
                    en: format!("figure `{name}` needs exactly one of: value, sum, difference, ratio, percent, change, multiply"),
                },
                hint: tr! {
                    vi: "ví dụ `ten: 1250`, `ten: {value: 1250, unit: hộ}` hoặc `ten: {percent: [a, b]}`",
                    en: "e.g. `name: 1250`, `name: {value: 1250, unit: hộ}` or `name: {percent: [a, b]}`",
                },
            },
            Operands { name, operation } => Entry {
                code: "E-figure",
                text: tr! {
                    vi: format!("`{operation}` của số liệu `{name}` cần đúng hai tên số liệu"),
                    en: format!("the `{operation}` of figure `{name}` needs exactly two figure names"),
                },
                hint: tr! {
                    vi: "ví dụ `{percent: [da-xong, tong-so]}`: số thứ nhất chia số thứ hai",
                    en: "e.g. `{percent: [done, total]}`: the first divided by the second",
                },
            },
            Cycle { chain } => Entry {
                code: "E-figure-cycle",
                text: tr! {
                    vi: format!("các số liệu tính vòng tròn: {chain}"),
                    en: format!("figures computed in a circle: {chain}"),
                },
                hint: tr! {
                    vi: "một số liệu không được tính từ chính nó; sửa một phép tính trong vòng",
                    en: "a figure cannot be computed from itself; fix one computation of the circle",
                },
            },
            DivisionByZero { name } => Entry {
                code: "E-figure-zero",
                text: tr! {
                    vi: format!("số liệu `{name}` chia cho 0"),
                    en: format!("figure `{name}` divides by zero"),
                },
                hint: tr! {
                    vi: "kiểm tra số liệu ở mẫu số",
                    en: "check the figure in the denominator",
                },
            },
            RatioDiffers { stated, computed } => Entry {
                code: "W-ratio",
                text: tr! {
                    vi: format!("tỷ lệ ghi `{stated}` nhưng tỷ số đứng trước trong câu tính ra {computed}"),
                    en: format!("the percentage says `{stated}` but the ratio before it in the sentence computes to {computed}"),
                },
                hint: tr! {
                    vi: "kiểm tra lại tỷ số hoặc tỷ lệ; hoặc dùng số liệu có tên: `{percent: [a, b]}` và `[=ten]`",
                    en: "check the ratio or the percentage; or use named figures: `{percent: [a, b]}` and `[=name]`",
                },
            },
            PartsDiffer { total, sum } => Entry {
                code: "W-parts",
                text: tr! {
                    vi: format!("tổng ghi `{total}` nhưng các phần được kể ra cộng lại được {sum}"),
                    en: format!("the total says `{total}` but the parts it lists add up to {sum}"),
                },
                hint: tr! {
                    vi: "kiểm tra lại tổng hoặc các phần; hoặc dùng số liệu có tên: `{sum: [a, b]}` và `[=ten]`",
                    en: "check the total or the parts; or use named figures: `{sum: [a, b]}` and `[=name]`",
                },
            },
            MixedSeparators { english } => Entry {
                code: "W-separators",
                text: tr! {
                    vi: format!("số `{english}` dùng dấu phẩy ngăn cách hàng nghìn, trong khi báo cáo dùng dấu chấm"),
                    en: format!("`{english}` groups thousands with a comma, where the report uses dots"),
                },
                hint: tr! {
                    vi: format!("viết kiểu Việt Nam: `{}`", english.replace(',', ".")),
                    en: format!("write it the Vietnamese way: `{}`", english.replace(',', ".")),
                },
            },
            Overflow { name } => Entry {
                code: "E-figure-overflow",
                text: tr! {
                    vi: format!("số liệu `{name}` vượt quá giới hạn tính chính xác (28 chữ số có nghĩa)"),
                    en: format!("figure `{name}` is past what exact decimals hold (28 significant digits)"),
                },
                hint: tr! {
                    vi: "kiểm tra lại giá trị: số liệu hành chính không lớn đến thế",
                    en: "check the value: no administrative figure is that large",
                },
            },
            Decimals { value } => Entry {
                code: "E-figure-decimals",
                text: tr! {
                    vi: format!("`decimals: {value}` không hợp lệ"),
                    en: format!("`decimals: {value}` is not valid"),
                },
                hint: tr! {
                    vi: "viết số nguyên từ 0 đến 6",
                    en: "write a whole number from 0 to 6",
                },
            },
            EarlierFails { folder, problem } => Entry {
                code: "E-previous-errors",
                text: tr! {
                    vi: format!("thư mục kỳ so sánh {folder} còn lỗi nên số liệu của nó không được dùng (lỗi đầu tiên: {problem})"),
                    en: format!("the folder compared with, {folder}, has errors, so its figures are not used (first: {problem})"),
                },
                hint: tr! {
                    vi: format!("chạy `report check {folder}` và sửa các lỗi ở đó"),
                    en: format!("run `report check {folder}` and fix the errors there"),
                },
            },
            BadAs { value } => Entry {
                code: "E-figure-change",
                text: tr! {
                    vi: format!("cách so sánh `as: {value}` không hợp lệ"),
                    en: format!("`as: {value}` is not a way to compare"),
                },
                hint: tr! {
                    vi: "viết \"percent\" (tăng 12,5%) hoặc \"amount\" (tăng 120 triệu đồng)",
                    en: "write \"percent\" (the rate of change) or \"amount\" (the difference, with its unit)",
                },
            },
            TableFigureColumn { column, columns } => Entry {
                code: "E-table-figure",
                text: tr! {
                    vi: format!("số liệu lấy cột {column}, nhưng bảng có {columns} cột"),
                    en: format!("the figure takes column {column}, but the table has {columns} columns"),
                },
                hint: tr! {
                    vi: "ghi số thứ tự cột, đếm từ 1",
                    en: "give the column's number, counting from 1",
                },
            },
            TableFigureKind { name } => Entry {
                code: "E-table-figure",
                text: tr! {
                    vi: format!("số liệu `{name}` của bảng cần `row` và `column` (một ô), hoặc `count` (đếm dòng)"),
                    en: format!("table figure `{name}` needs `row` and `column` (a cell) or `count` (a count of rows)"),
                },
                hint: tr! {
                    vi: "ví dụ `{row: \"1\", column: 3}` hoặc `{count: 5, equals: \"Hoàn thành\"}`",
                    en: "e.g. `{row: \"1\", column: 3}` or `{count: 5, equals: \"Hoàn thành\"}`",
                },
            },
            TableFigureRow { key, found } => Entry {
                code: "E-table-figure",
                text: if *found == 0 {
                    tr! {
                        vi: format!("không có dòng số liệu nào có STT hoặc cột đầu là `{key}`"),
                        en: format!("no body row has `{key}` in its number (STT) or first column"),
                    }
                } else {
                    tr! {
                        vi: format!("có {found} dòng số liệu có STT hoặc cột đầu là `{key}`"),
                        en: format!("{found} body rows have `{key}` in their number (STT) or first column"),
                    }
                },
                hint: if *found == 0 {
                    tr! {
                        vi: "ghi đúng chữ ở cột STT hoặc cột đầu của dòng",
                        en: "write the text of the row's number (STT) or first column exactly",
                    }
                } else {
                    tr! {
                        vi: "chọn một khóa chỉ có ở một dòng, ví dụ số thứ tự",
                        en: "choose a key only one row has, such as its number",
                    }
                },
            },
            TableFigureNotNumber { name } => Entry {
                code: "E-table-figure",
                text: tr! {
                    vi: format!("ô của số liệu `{name}` không chứa số"),
                    en: format!("the cell of figure `{name}` holds no number"),
                },
                hint: tr! {
                    vi: "chọn ô của một cột số",
                    en: "choose a cell of a number column",
                },
            },
            TableFigureText { name, value } => Entry {
                code: "E-table-figure",
                text: tr! {
                    vi: format!("số liệu `{name}` là tổng của một cột có ô chữ `{value}`: tổng sẽ thiếu ô đó"),
                    en: format!("figure `{name}` totals a column with a text cell `{value}`: the total would leave it out"),
                },
                hint: tr! {
                    vi: "viết số vào ô đó, để trống, hoặc ghi \"-\"",
                    en: "write a number in that cell, leave it empty, or write \"-\"",
                },
            },
        };
        read(entry)
    }
}
