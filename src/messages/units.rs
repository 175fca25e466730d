//! The catalogue entries of a synthesis: its list of units, the folders of their data,
//! the figures gathered across them, and what it says of each unit (not reported,
//! failing, late); each message's code, text and hint in every language side by side.

use super::{Entry, OsError};

/// A problem of a synthesis (`synthesis:` in report.yaml) or of one of its units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitsMessage {
    /// `synthesis.units` is not a path inside the data folder.
    ListPath {
        path: String,
    },
    ListMissing {
        path: String,
    },
    ListRead {
        error: OsError,
    },
    /// The list's first row does not name the columns `ma` and `ten`.
    Header {
        found: String,
    },
    /// A list with its header and no unit.
    ListEmpty,
    /// A row without a code or a name.
    RowIncomplete,
    /// A code that is not digits.
    Code {
        code: String,
    },
    /// A code listed twice.
    Twice {
        code: String,
    },
    TooMany {
        limit: usize,
    },
    /// `synthesis.folders` names no unit (`{ma}`, `{ten}`, `{slug}`), or names another
    /// `{…}`.
    Pattern {
        found: String,
    },
    /// `units:` of a figure that is not one of the aggregates.
    Aggregate {
        value: String,
    },
    /// The order of a table of units that is neither `list`, `name` nor one of its
    /// figures.
    Order {
        value: String,
    },
    /// `units_text:` that is neither `difficulties` nor `proposals`.
    TextKind {
        value: String,
    },
    /// `units:` in a report that is not a synthesis.
    NotSynthesis {
        name: String,
    },
    /// No unit that reported defines the figure.
    NoneReports {
        name: String,
        of: String,
    },
    /// The sum of percentages.
    PercentSum {
        name: String,
    },
    /// A unit measures the figure otherwise than the first unit that has it.
    UnitDiffers {
        name: String,
        unit: String,
        found: String,
        expected: String,
        first: String,
    },
    /// Units that reported but lack the figure.
    Lacking {
        name: String,
        count: usize,
        units: String,
    },
    NotReported {
        unit: String,
        folder: String,
    },
    Failing {
        unit: String,
        error: String,
    },
    Late {
        unit: String,
        date: String,
        deadline: String,
    },
}

impl UnitsMessage {
    /// The catalogue's entry of the message, lent to `read`.
    pub(super) fn entry<R>(&self, read: impl FnOnce(Entry<'_>) -> R) -> R {
        use UnitsMessage::*;
        let list_hint = tr! {
            vi: "ghi tên tệp CSV danh sách đơn vị trong thư mục dữ liệu, ví dụ `units: don-vi.csv`",
            en: "name the CSV list of units in the data folder, e.g. `units: don-vi.csv`",
        };
        let entry = match self {
            ListPath { path } => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: format!("danh sách đơn vị `{path}` phải là một tệp trong thư mục dữ liệu"),
                    en: format!("the list of units `{path}` must be a file inside the data folder"),
                },
                hint: list_hint,
            },
            ListMissing { path } => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: format!("không có tệp danh sách đơn vị `{path}`"),
                    en: format!("there is no list of units `{path}`"),
                },
                hint: list_hint,
            },
            ListRead { error } => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: format!("không đọc được danh sách đơn vị: {}", error.text(super::Lang::Vi)),
                    en: format!("the list of units cannot be read: {}", error.text(super::Lang::En)),
                },
                hint: list_hint,
            },
            Header { found } => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: format!("dòng đầu của danh sách đơn vị phải là tiêu đề `ma,ten,nhom`, đang là `{found}`"),
                    en: format!("the first row of the list of units must be the header `ma,ten,nhom`, found `{found}`"),
                },
                hint: tr! {
                    vi: "thêm dòng tiêu đề `ma,ten,nhom` (mã đơn vị, tên đơn vị, nhóm không bắt buộc) ở đầu tệp",
                    en: "add the header `ma,ten,nhom` (the unit's code, its name, an optional group) as the first row",
                },
            },
            ListEmpty => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: "danh sách đơn vị chưa có đơn vị nào",
                    en: "the list of units has no unit yet",
                },
                hint: tr! {
                    vi: "thêm mỗi đơn vị một dòng sau dòng tiêu đề: mã, tên, nhóm, ví dụ 30226,Xã Lai Vung,xã",
                    en: "add one row per unit after the header: code, name, group, e.g. 30226,Xã Lai Vung,xã",
                },
            },
            RowIncomplete => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: "dòng này thiếu mã hoặc tên đơn vị",
                    en: "this row lacks the unit's code or name",
                },
                hint: tr! {
                    vi: "mỗi dòng một đơn vị: mã, tên và nhóm (nếu có), cách nhau bằng dấu phẩy",
                    en: "one unit per row: code, name and group (if any), separated by commas",
                },
            },
            Code { code } => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: format!("mã đơn vị `{code}` không phải một dãy chữ số"),
                    en: format!("the unit code `{code}` is not a string of digits"),
                },
                hint: tr! {
                    vi: "ghi mã đơn vị hành chính theo Quyết định 19/2025/QĐ-TTg, ví dụ 30226",
                    en: "write the administrative unit's code of Decision 19/2025/QĐ-TTg, e.g. 30226",
                },
            },
            Twice { code } => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: format!("mã đơn vị `{code}` có hai lần trong danh sách"),
                    en: format!("the unit code `{code}` is listed twice"),
                },
                hint: tr! {
                    vi: "mỗi đơn vị chỉ ghi một dòng; xóa dòng thừa hoặc sửa mã",
                    en: "list each unit once; delete the extra row or correct the code",
                },
            },
            TooMany { limit } => Entry {
                code: "E-units-list",
                text: tr! {
                    vi: format!("danh sách có hơn {limit} đơn vị; các dòng từ đây không được đọc"),
                    en: format!("the list has more than {limit} units; the rows from here on are not read"),
                },
                hint: tr! {
                    vi: "cả nước có 3.321 đơn vị cấp xã; kiểm tra tệp có đúng là danh sách đơn vị",
                    en: "the whole country has 3,321 communes; check that the file is the list of units",
                },
            },
            Pattern { found } => Entry {
                code: "E-units-folders",
                text: tr! {
                    vi: if found.is_empty() {
                        "nơi đặt thư mục của đơn vị không có `{ma}`, `{ten}` hay `{slug}`: mọi đơn vị sẽ cùng một thư mục".to_string()
                    } else {
                        format!("`{found}` không phải tên thay thế được trong nơi đặt thư mục của đơn vị")
                    },
                    en: if found.is_empty() {
                        "the units' folder pattern has no `{ma}`, `{ten}` or `{slug}`: every unit would have the same folder".to_string()
                    } else {
                        format!("`{found}` is not a name the units' folder pattern can replace")
                    },
                },
                hint: tr! {
                    vi: "dùng `{ma}` (mã đơn vị), `{ten}` (tên như viết) hoặc `{slug}` (tên không dấu), ví dụ \"../xa/{ma}-{slug}/2025-q4\"",
                    en: "use `{ma}` (the unit's code), `{ten}` (its name as written) or `{slug}` (its name without marks), e.g. \"../xa/{ma}-{slug}/2025-q4\"",
                },
            },
            Aggregate { value } => Entry {
                code: "E-units-figure",
                text: tr! {
                    vi: format!("`units: {value}` không phải một cách tổng hợp"),
                    en: format!("`units: {value}` is not a way to gather the units' figures"),
                },
                hint: tr! {
                    vi: "viết sum (tổng), count (số đơn vị), min, max (nhỏ nhất, lớn nhất), mean (bình quân) hoặc share (tỷ lệ % đơn vị có số liệu khác 0)",
                    en: "write sum, count (of units), min, max, mean or share (the % of units whose figure is not zero)",
                },
            },
            Order { value } => Entry {
                code: "E-units-figure",
                text: tr! {
                    vi: format!("thứ tự `{value}` của bảng các đơn vị không phải list, name hay một số liệu của bảng"),
                    en: format!("the order `{value}` of the table of units is neither list, name nor one of its figures"),
                },
                hint: tr! {
                    vi: "viết `order: list` (theo danh sách), `order: name` (theo tên) hoặc tên một số liệu trong `figures` (từ lớn đến nhỏ)",
                    en: "write `order: list`, `order: name` or the name of one of `figures` (largest first)",
                },
            },
            TextKind { value } => Entry {
                code: "E-units-figure",
                text: tr! {
                    vi: format!("`units_text: {value}` không phải difficulties hay proposals"),
                    en: format!("`units_text: {value}` is neither difficulties nor proposals"),
                },
                hint: tr! {
                    vi: "viết `units_text: difficulties` (khó khăn của các đơn vị) hoặc `units_text: proposals` (đề xuất)",
                    en: "write `units_text: difficulties` or `units_text: proposals`",
                },
            },
            NotSynthesis { name } => Entry {
                code: "E-units-figure",
                text: tr! {
                    vi: format!("`{name}` lấy số liệu của các đơn vị, nhưng báo cáo này không phải báo cáo tổng hợp"),
                    en: format!("`{name}` takes the units' data, but this report is not a synthesis"),
                },
                hint: tr! {
                    vi: "thêm `synthesis:` (danh sách đơn vị và nơi đặt thư mục) vào report.yaml, hoặc ghi giá trị của số liệu",
                    en: "add `synthesis:` (the list of units and their folders) to report.yaml, or give the figure's value",
                },
            },
            NoneReports { name, of } => Entry {
                code: "E-units-figure",
                text: tr! {
                    vi: format!("không đơn vị nào đã báo cáo có số liệu `{of}` để tính `{name}`"),
                    en: format!("no unit that reported has the figure `{of}` to compute `{name}`"),
                },
                hint: tr! {
                    vi: "kiểm tra tên số liệu trong báo cáo của các đơn vị (`of:` nếu tên khác), và các đơn vị chưa báo cáo",
                    en: "check the figure's name in the units' reports (`of:` when it differs), and the units that have not reported",
                },
            },
            PercentSum { name } => Entry {
                code: "E-units-figure",
                text: tr! {
                    vi: format!("`{name}` cộng các tỷ lệ phần trăm của các đơn vị: tổng các tỷ lệ không có nghĩa"),
                    en: format!("`{name}` adds up the units' percentages: a sum of percentages means nothing"),
                },
                hint: tr! {
                    vi: "dùng `units: mean` (bình quân), hoặc tính tỷ lệ từ tổng của tử số và mẫu số (`percent: [a, b]`)",
                    en: "use `units: mean`, or compute the percentage from the sums of its numerator and denominator (`percent: [a, b]`)",
                },
            },
            UnitDiffers {
                name,
                unit,
                found,
                expected,
                first,
            } => Entry {
                code: "E-units-measure",
                text: tr! {
                    vi: format!("{unit} ghi số liệu `{name}` theo đơn vị tính `{found}`, khác `{expected}` của {first}"),
                    en: format!("{unit} writes figure `{name}` in `{found}`, where {first} writes `{expected}`"),
                },
                hint: tr! {
                    vi: "các đơn vị phải ghi số liệu cùng tên theo cùng một đơn vị tính (cùng là số hộ, hay cùng là tỷ lệ %); sửa tại báo cáo của đơn vị",
                    en: "the units must write a figure of one name in one measure (all a count of households, or all a %); correct it in the unit's report",
                },
            },
            Lacking { name, count, units } => Entry {
                code: "W-units-lacking",
                text: tr! {
                    vi: format!("{count} đơn vị đã báo cáo nhưng không có số liệu `{name}`, không được tính: {units}"),
                    en: format!("{count} units reported without the figure `{name}`, which leaves them out: {units}"),
                },
                hint: tr! {
                    vi: "đơn vị thiếu số liệu không được tính là 0; đề nghị đơn vị bổ sung, hoặc nêu rõ trong báo cáo",
                    en: "a unit without the figure is not counted as zero; ask the unit for it, or say so in the report",
                },
            },
            NotReported { unit, folder } => Entry {
                code: "W-unit-missing",
                text: tr! {
                    vi: format!("{unit} chưa báo cáo: không có thư mục dữ liệu {folder}"),
                    en: format!("{unit} has not reported: there is no data folder {folder}"),
                },
                hint: tr! {
                    vi: "báo cáo tổng hợp được dựng với các đơn vị đã có; --deny-warnings dừng lại khi còn đơn vị chưa báo cáo",
                    en: "the synthesis is built with the units there are; --deny-warnings stops while a unit has not reported",
                },
            },
            Failing { unit, error } => Entry {
                code: "W-unit-failing",
                text: tr! {
                    vi: format!("dữ liệu của {unit} có lỗi, không được tổng hợp: {error}"),
                    en: format!("the data of {unit} has errors and is left out: {error}"),
                },
                hint: tr! {
                    vi: "chạy report check trên thư mục của đơn vị để xem mọi lỗi; đề nghị đơn vị sửa",
                    en: "run report check on the unit's folder for every error; ask the unit to correct them",
                },
            },
            Late {
                unit,
                date,
                deadline,
            } => Entry {
                code: "W-unit-late",
                text: tr! {
                    vi: format!("{unit} báo cáo ngày {date}, sau hạn {deadline}"),
                    en: format!("{unit} reported on {date}, after the deadline {deadline}"),
                },
                hint: tr! {
                    vi: "số liệu của đơn vị vẫn được tổng hợp; hạn nộp ghi ở `synthesis.deadline`",
                    en: "the unit's figures are still gathered; the deadline is `synthesis.deadline`",
                },
            },
        };
        read(entry)
    }
}
