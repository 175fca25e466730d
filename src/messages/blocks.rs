//! The catalogue entries of blocks, tables, the files table rows come from, and
//! appendices: each message's code, text and hint in every language side by side, as in
//! the rest of the catalogue.

use super::{Entry, Lang, Tr};
use crate::load::budgets::Exceeded;

/// A problem with a block, a table, a spreadsheet or an appendix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockMessage {
    BlockKind,
    EmptyList,
    BadAppendixRef,
    TableNoColumns,
    TableNoRows,
    TableRowWidth {
        found: usize,
        columns: usize,
    },
    TableOverlap,
    TablePastLastRow,
    TableSpan {
        value: String,
    },
    TableNotNumber {
        value: String,
        column: usize,
    },
    TableColumnOption {
        option: &'static str,
        value: String,
    },
    TotalColumn {
        column: String,
        columns: usize,
    },
    RowsFromPath {
        path: String,
    },
    RowsFromKind {
        path: String,
    },
    RowsFromRead {
        path: String,
        error: crate::messages::OsError,
    },
    RowsFromMissing {
        path: String,
    },
    /// A record the csv crate could not read (its words go in the diagnostic's detail).
    CsvSyntax,
    /// A CSV delimiter other than `,`, `;` or a tab.
    CsvDelimiter {
        value: String,
    },
    /// `sheet` or `range`, which only a workbook has, given for a CSV file.
    CsvSheetOption {
        option: &'static str,
    },
    CsvQuotes,
    /// A workbook calamine could not read, and why in the clerk's words (calamine's own
    /// go in the diagnostic's detail).
    XlsxRead {
        problem: XlsxProblem,
    },
    /// A `rows_from` file past a budget (`load::budgets`), in a sheet when named.
    FileLimit {
        exceeded: crate::load::budgets::Exceeded,
        sheet: Option<String>,
    },
    SheetMissing {
        sheet: String,
        sheets: String,
    },
    SheetRange {
        range: String,
    },
    FormulaNoValue {
        formula: String,
    },
    CellError {
        error: String,
    },
    AppendixRefUnknown {
        key: String,
        known: String,
    },
    AppendixUnused {
        key: String,
    },
    Orientation {
        value: String,
    },
    AppendixFileNotYaml,
    TooManyAppendices {
        limit: usize,
    },
    LandscapeBody,
    AmbiguousNumber {
        value: String,
    },
    PercentDiffers {
        written: String,
        computed: String,
    },
    /// `label_columns` of a total row that are not two columns before the summed ones.
    TotalLabel {
        value: String,
        first: usize,
    },
    /// A sum or a percentage of the table past what exact decimals hold.
    TableOverflow,
}

impl BlockMessage {
    /// The catalogue's entry of the message, lent to `read`.
    pub(super) fn entry<R>(&self, read: impl FnOnce(Entry<'_>) -> R) -> R {
        use BlockMessage::*;
        let entry = match self {
            BlockKind => Entry {
                code: "E-block",
                text: tr! {
                    vi: "khối này cần đúng một trong hai khóa `numbered` hoặc `table`",
                    en: "this block needs exactly one of the keys `numbered` or `table`",
                },
                hint: tr! {
                    vi: "viết `numbered:` với danh sách các ý, hoặc `table:` với một bảng, mỗi khối một khóa; nếu đây là một đoạn văn có dấu \": \", đặt cả đoạn trong dấu nháy kép",
                    en: "write `numbered:` with a list of items, or `table:` with a table, one key per block; if this is a paragraph with \": \" in it, put the whole paragraph in double quotes",
                },
            },
            EmptyList => Entry {
                code: "E-empty-list",
                text: tr! {
                    vi: "danh sách `numbered` không có ý nào",
                    en: "the `numbered` list has no items",
                },
                hint: tr! {
                    vi: "thêm ít nhất một ý, hoặc xóa khối này",
                    en: "add at least one item, or delete the block",
                },
            },
            BadAppendixRef => Entry {
                code: "E-markup",
                text: tr! {
                    vi: "tham chiếu phụ lục sai dạng",
                    en: "malformed appendix reference",
                },
                hint: tr! {
                    vi: "viết `[Phụ lục: khoa]`, khóa là tên tệp trong appendices/ bỏ số thứ tự đầu và đuôi .yaml, ví dụ `[Phụ lục: ngan-sach]` cho appendices/01-ngan-sach.yaml",
                    en: "write `[Phụ lục: key]`, the key being the file name in appendices/ without its order number and .yaml, e.g. `[Phụ lục: ngan-sach]` for appendices/01-ngan-sach.yaml",
                },
            },
            TableNoColumns => Entry {
                code: "E-table-columns",
                text: tr! {
                    vi: "bảng không có cột nào",
                    en: "the table has no columns",
                },
                hint: tr! {
                    vi: "thêm `columns:`, mỗi cột một phần tử, ví dụ `- {width: 3}`",
                    en: "add `columns:`, one item per column, e.g. `- {width: 3}`",
                },
            },
            TableNoRows => Entry {
                code: "E-table-rows",
                text: tr! {
                    vi: "bảng không có dòng số liệu nào",
                    en: "the table has no data rows",
                },
                hint: tr! {
                    vi: "thêm `rows:` hoặc `rows_from:`",
                    en: "add `rows:` or `rows_from:`",
                },
            },
            TableRowWidth { found, columns } => Entry {
                code: "E-table-row",
                text: tr! {
                    vi: format!("dòng này chiếm {found} cột, bảng có {columns} cột"),
                    en: format!("this row covers {found} columns, the table has {columns}"),
                },
                hint: tr! {
                    vi: "thêm hoặc bớt ô; ô gộp ngang đếm theo `cols`; cột bị ô gộp dọc của dòng trên chiếm thì không viết ô ở dòng này",
                    en: "add or remove cells; a merged cell counts its `cols`; write no cell for a column that a cell merged down from above covers",
                },
            },
            TableOverlap => Entry {
                code: "E-table-row",
                text: tr! {
                    vi: "ô này gộp sang cột đã bị ô gộp dọc của dòng trên chiếm",
                    en: "this cell spans into a column that a cell merged down from the row above covers",
                },
                hint: tr! {
                    vi: "giảm `cols` của ô này, hoặc `rows` của ô gộp dọc ở dòng trên",
                    en: "lower this cell's `cols`, or the `rows` of the cell merged down from above",
                },
            },
            TablePastLastRow => Entry {
                code: "E-table-merge",
                text: tr! {
                    vi: "ô gộp dọc (`rows`) vượt quá dòng cuối của phần bảng chứa nó",
                    en: "a cell merged down (`rows`) reaches past the last row of its part of the table",
                },
                hint: tr! {
                    vi: "giảm `rows`; dòng tiêu đề và dòng số liệu gộp riêng",
                    en: "lower `rows`; header rows and data rows merge separately",
                },
            },
            TableSpan { value } => Entry {
                code: "E-table-span",
                text: tr! {
                    vi: format!("số cột, số dòng gộp `{value}` không hợp lệ"),
                    en: format!("column or row span `{value}` is not valid"),
                },
                hint: tr! {
                    vi: "`cols` và `rows` là số nguyên từ 1 trở lên",
                    en: "`cols` and `rows` are whole numbers from 1",
                },
            },
            TableNotNumber { value, column } => Entry {
                code: "E-table-number",
                text: tr! {
                    vi: format!("cột {column} là cột số nhưng ô này là `{value}`"),
                    en: format!("column {column} holds numbers but this cell is `{value}`"),
                },
                hint: tr! {
                    vi: "viết một số (1231500, 65.2 hoặc \"1.231.500\", \"65,2\"), hoặc để trống ô (\"\")",
                    en: "write a number (1231500, 65.2 or \"1.231.500\", \"65,2\"), or leave the cell empty (\"\")",
                },
            },
            TableColumnOption { option, value } => Entry {
                code: "E-table-column",
                text: tr! {
                    vi: format!("`{option}: {value}` không hợp lệ"),
                    en: format!("`{option}: {value}` is not valid"),
                },
                hint: match *option {
                    "align" => tr! {
                        vi: "viết \"left\", \"center\" hoặc \"right\"",
                        en: "write \"left\", \"center\" or \"right\"",
                    },
                    "decimals" => tr! {
                        vi: "viết số nguyên từ 0 đến 6",
                        en: "write a whole number from 0 to 6",
                    },
                    "percent_of" => tr! {
                        vi: "ghi hai số thứ tự cột (đếm từ 1): cột được chia và cột chia, ví dụ `percent_of: [4, 3]`",
                        en: "give two column numbers (from 1): the divided and the dividing column, e.g. `percent_of: [4, 3]`",
                    },
                    _ => tr! {
                        vi: "độ rộng là một số dương",
                        en: "a width is a positive number",
                    },
                },
            },
            TotalColumn { column, columns } => Entry {
                code: "E-table-total",
                text: tr! {
                    vi: format!("dòng tổng cộng cộng cột {column}, nhưng bảng có {columns} cột và chỉ cộng được cột số"),
                    en: format!("the total row adds up column {column}, but the table has {columns} columns and only number columns add up"),
                },
                hint: tr! {
                    vi: "ghi số thứ tự cột (đếm từ 1) của các cột có `decimals`, ví dụ `columns: [3, 4]`",
                    en: "give the numbers (from 1) of columns that have `decimals`, e.g. `columns: [3, 4]`",
                },
            },
            TotalLabel { value, first } => Entry {
                code: "E-table-total",
                text: tr! {
                    vi: format!("`label_columns: {value}` không hợp lệ"),
                    en: format!("`label_columns: {value}` is not valid"),
                },
                hint: tr! {
                    vi: format!("ghi hai số thứ tự cột [đầu, cuối], đếm từ 1, trước cột được cộng đầu tiên (cột {first}), ví dụ `[2, {}]`", first.saturating_sub(1).max(1)),
                    en: format!("give two column numbers [first, last], from 1, before the first summed column (column {first}), e.g. `[2, {}]`", first.saturating_sub(1).max(1)),
                },
            },
            TableOverflow => Entry {
                code: "E-table-overflow",
                text: tr! {
                    vi: "số trong bảng vượt quá giới hạn tính chính xác (28 chữ số có nghĩa)",
                    en: "a number of the table is past what exact decimals hold (28 significant digits)",
                },
                hint: tr! {
                    vi: "kiểm tra lại số liệu của bảng",
                    en: "check the table's figures",
                },
            },
            RowsFromPath { path } => Entry {
                code: "E-rows-from",
                text: tr! {
                    vi: format!("tệp `{path}` nằm ngoài thư mục dữ liệu"),
                    en: format!("file `{path}` is outside the data folder"),
                },
                hint: tr! {
                    vi: "đặt tệp trong thư mục dữ liệu và ghi đường dẫn tương đối, ví dụ tables/thu-ngan-sach.csv",
                    en: "keep the file inside the data folder and give a relative path, e.g. tables/thu-ngan-sach.csv",
                },
            },
            RowsFromKind { path } => Entry {
                code: "E-rows-from",
                text: tr! {
                    vi: format!("`{path}` không phải tệp .csv hoặc .xlsx"),
                    en: format!("`{path}` is not a .csv or .xlsx file"),
                },
                hint: tr! {
                    vi: "lưu bảng tính dạng .xlsx, hoặc xuất ra .csv",
                    en: "save the spreadsheet as .xlsx, or export it as .csv",
                },
            },
            RowsFromRead { path, error } => Entry {
                code: "E-rows-from",
                text: tr! {
                    vi: format!("không đọc được tệp `{path}`: {}", error.text(Lang::Vi)),
                    en: format!("cannot read `{path}`: {}", error.text(Lang::En)),
                },
                hint: if error.too_large.is_some() {
                    tr! {
                        vi: "tách tệp thành các tệp nhỏ hơn, mỗi tệp một bảng, hoặc xóa các trang tính, cột và dòng không dùng rồi lưu lại",
                        en: "split the file into smaller ones, a table each, or delete the sheets, columns and rows not used and save it again",
                    }
                } else {
                    tr! {
                        vi: "kiểm tra tên tệp và quyền đọc",
                        en: "check the file name and the read permission",
                    }
                },
            },
            RowsFromMissing { path } => Entry {
                code: "E-rows-from",
                text: tr! {
                    vi: format!("không có tệp `{path}` trong thư mục dữ liệu"),
                    en: format!("there is no file `{path}` in the data folder"),
                },
                hint: tr! {
                    vi: "kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và đường dẫn, tính từ thư mục dữ liệu",
                    en: "check the file name (case matters) and the path, from the data folder",
                },
            },
            CsvSyntax => Entry {
                code: "E-csv",
                text: tr! {
                    vi: "tệp CSV sai dạng",
                    en: "malformed CSV",
                },
                hint: tr! {
                    vi: "mở tệp bằng bảng tính và lưu lại dạng CSV UTF-8",
                    en: "open the file in a spreadsheet and save it again as CSV UTF-8",
                },
            },
            CsvDelimiter { value } => Entry {
                code: "E-csv",
                text: tr! {
                    vi: format!("dấu phân cách cột `{}` không dùng được cho tệp CSV", value.escape_debug()),
                    en: format!(
                        "`{}` cannot be a CSV file's delimiter",
                        value.escape_debug()
                    ),
                },
                hint: tr! {
                    vi: "viết delimiter: \",\" (mặc định), \";\" hoặc \"\\t\" (dấu tab)",
                    en: "write delimiter: \",\" (the default), \";\" or \"\\t\" (a tab)",
                },
            },
            CsvSheetOption { option } => Entry {
                code: "E-csv",
                text: tr! {
                    vi: format!("`{option}` chỉ dùng cho tệp XLSX, không dùng cho tệp CSV"),
                    en: format!("`{option}` is for XLSX files, not for a CSV file"),
                },
                hint: tr! {
                    vi: "bỏ dòng này; muốn lấy một phần tệp CSV thì dùng skip (bỏ các dòng đầu), hoặc xóa bớt dòng trong tệp",
                    en: "leave it out; to take part of a CSV file use skip (rows left out at its top), or remove rows from the file",
                },
            },
            CsvQuotes => Entry {
                code: "E-csv",
                text: tr! {
                    vi: "ô mở bằng dấu ngoặc kép nhưng không đóng đúng ở cuối ô",
                    en: "the cell opens with a quote that does not close it at its end",
                },
                hint: tr! {
                    vi: "một ô có dấu ngoặc kép thì cả ô nằm trong ngoặc kép và dấu ngoặc kép bên trong viết đôi: \"ống 5\"\" tròn\"",
                    en: "a quoted cell is quoted whole, quotes inside it doubled: \"pipe 5\"\" round\"",
                },
            },
            XlsxRead { problem } => Entry {
                code: "E-xlsx",
                text: tr! {
                    vi: format!("không đọc được tệp XLSX: {}", problem.text().vi),
                    en: format!("cannot read the XLSX file: {}", problem.text().en),
                },
                hint: if *problem == XlsxProblem::OldOrProtected {
                    tr! {
                        vi: "bỏ mật khẩu của tệp (nếu có), rồi lưu lại dạng Excel Workbook (.xlsx)",
                        en: "remove the file's password (if any), then save it as an Excel Workbook (.xlsx)",
                    }
                } else {
                    tr! {
                        vi: "mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx",
                        en: "open the file in Excel or LibreOffice and save it again as .xlsx",
                    }
                },
            },
            FileLimit { exceeded, sheet } => Entry {
                code: "E-file-limit",
                text: tr! {
                    vi: limit(exceeded, sheet.as_deref()).vi,
                    en: limit(exceeded, sheet.as_deref()).en,
                },
                hint: tr! {
                    vi: limit_hint(exceeded).vi,
                    en: limit_hint(exceeded).en,
                },
            },
            SheetMissing { sheet, sheets } => Entry {
                code: "E-xlsx-sheet",
                text: tr! {
                    vi: format!("tệp không có trang tính `{sheet}`"),
                    en: format!("the workbook has no sheet `{sheet}`"),
                },
                hint: tr! {
                    vi: format!("các trang tính có trong tệp: {sheets}"),
                    en: format!("the workbook's sheets: {sheets}"),
                },
            },
            SheetRange { range } => Entry {
                code: "E-xlsx-range",
                text: tr! {
                    vi: format!("vùng ô `{range}` sai dạng"),
                    en: format!("cell range `{range}` is malformed"),
                },
                hint: tr! {
                    vi: "viết vùng ô dạng A3:H12",
                    en: "write the range as A3:H12",
                },
            },
            FormulaNoValue { formula } => Entry {
                code: "E-xlsx-formula",
                text: tr! {
                    vi: format!("ô có công thức `={formula}` nhưng tệp không lưu giá trị đã tính"),
                    en: format!("the cell holds the formula `={formula}` but the file stores no computed value"),
                },
                hint: tr! {
                    vi: "mở tệp bằng Excel hoặc LibreOffice để tính lại công thức, rồi lưu lại",
                    en: "open the file in Excel or LibreOffice to recalculate, then save it",
                },
            },
            CellError { error } => Entry {
                code: "E-xlsx-cell-error",
                text: tr! {
                    vi: format!("ô báo lỗi của bảng tính: {error}"),
                    en: format!("the cell holds a spreadsheet error: {error}"),
                },
                hint: tr! {
                    vi: "sửa công thức của ô trong bảng tính, rồi lưu lại",
                    en: "fix the cell's formula in the spreadsheet, then save it",
                },
            },
            AppendixRefUnknown { key, known } => Entry {
                code: "E-appendix-ref",
                text: tr! {
                    vi: format!("không có phụ lục `{key}`"),
                    en: format!("there is no appendix `{key}`"),
                },
                hint: tr! {
                    vi: format!("các phụ lục có: {known}"),
                    en: format!("the appendices are: {known}"),
                },
            },
            AppendixUnused { key } => Entry {
                code: "W-appendix-unused",
                text: tr! {
                    vi: format!("phụ lục `{key}` không được nhắc đến trong nội dung văn bản"),
                    en: format!("appendix `{key}` is never referred to in the text"),
                },
                hint: tr! {
                    vi: format!("nhắc đến phụ lục trong nội dung, ví dụ \"(chi tiết tại [Phụ lục: {key}])\""),
                    en: format!("refer to it in the text, e.g. \"(chi tiết tại [Phụ lục: {key}])\""),
                },
            },
            Orientation { value } => Entry {
                code: "E-orientation",
                text: tr! {
                    vi: format!("hướng trang `{value}` không hợp lệ"),
                    en: format!("orientation `{value}` is not valid"),
                },
                hint: tr! {
                    vi: "viết \"portrait\" (trang dọc) hoặc \"landscape\" (trang ngang)",
                    en: "write \"portrait\" or \"landscape\"",
                },
            },
            AppendixFileNotYaml => Entry {
                code: "E-appendix-file",
                text: tr! {
                    vi: "tệp trong appendices/ không phải tệp YAML",
                    en: "a file in appendices/ is not a YAML file",
                },
                hint: tr! {
                    vi: "chỉ để các tệp .yaml của các phụ lục trong appendices/; chuyển tệp này ra chỗ khác",
                    en: "keep only the appendices' .yaml files in appendices/; move this file elsewhere",
                },
            },
            TooManyAppendices { limit } => Entry {
                code: "E-too-many-appendices",
                text: tr! {
                    vi: format!("thư mục appendices/ có hơn {limit} tệp"),
                    en: format!("the appendices/ folder has more than {limit} files"),
                },
                hint: tr! {
                    vi: "gộp các phụ lục, hoặc kiểm tra xem có chép nhầm thư mục không",
                    en: "merge appendices, or check that no folder was copied there by mistake",
                },
            },
            LandscapeBody => Entry {
                code: "E-landscape-body",
                text: tr! {
                    vi: "phần nội dung chỉ được trình bày trang ngang khi văn bản có bảng và không có phụ lục",
                    en: "the body may be landscape only when the document has tables and no appendix",
                },
                hint: tr! {
                    vi: "bỏ `layout.orientation`, hoặc đưa bảng vào phụ lục trang ngang (`orientation: landscape` trong tệp phụ lục)",
                    en: "remove `layout.orientation`, or move the table to a landscape appendix (`orientation: landscape` in the appendix file)",
                },
            },
            PercentDiffers { written, computed } => Entry {
                code: "W-table-percent",
                text: tr! {
                    vi: format!("ô ghi `{written}`, nhưng tính ra là {computed}"),
                    en: format!("the cell says `{written}`, but it computes to {computed}"),
                },
                hint: tr! {
                    vi: "để trống ô để công cụ tự tính, hoặc kiểm tra lại số liệu của dòng",
                    en: "leave the cell empty for the tool to compute it, or check the row's figures",
                },
            },
            AmbiguousNumber { value } => Entry {
                code: "W-number-ambiguous",
                text: tr! {
                    vi: format!("`{value}` được đọc là số thập phân theo YAML, có thể bạn muốn viết số có dấu chấm phân cách hàng nghìn"),
                    en: format!("YAML reads `{value}` as a decimal number; a thousands separator may have been meant"),
                },
                hint: tr! {
                    vi: format!("nếu là số nghìn, viết {} hoặc \"{value}\" (trong dấu nháy); nếu là số thập phân, viết {}", value.replace('.', ""), value.trim_end_matches('0').trim_end_matches('.')),
                    en: format!("for thousands write {} or \"{value}\" (in quotes); for a decimal write {}", value.replace('.', ""), value.trim_end_matches('0').trim_end_matches('.')),
                },
            },
        };
        read(entry)
    }
}

/// Why a workbook could not be read, in the clerk's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XlsxProblem {
    /// It does not open as a zip archive.
    NotZip,
    /// An OLE compound file: an old `.xls` workbook, or a `.xlsx` one under a password
    /// (Excel encrypts those into that container).
    OldOrProtected,
    /// A part the workbook names is not in it.
    MissingPart,
    /// The XML of a part is damaged.
    BrokenXml,
    /// A cell, a range or a count is written wrongly.
    BadValue,
    /// Anything else calamine says.
    Damaged,
}

impl XlsxProblem {
    /// Why, in a sentence.
    fn text(self) -> Tr<&'static str> {
        match self {
            XlsxProblem::NotZip => Tr {
                vi: "tệp không phải là bảng tính .xlsx (không mở được như một tệp nén)",
                en: "it is not a .xlsx workbook (it does not open as a zip file)",
            },
            XlsxProblem::OldOrProtected => Tr {
                vi: "tệp là bảng tính Excel cũ (.xls) hoặc được đặt mật khẩu, không phải .xlsx",
                en: "it is an old Excel workbook (.xls) or one under a password, not .xlsx",
            },
            XlsxProblem::MissingPart => Tr {
                vi: "tệp thiếu một phần bên trong mà bảng tính cần",
                en: "a part the workbook needs is missing from the file",
            },
            XlsxProblem::BrokenXml => Tr {
                vi: "nội dung XML bên trong tệp bị hỏng",
                en: "the XML inside the file is damaged",
            },
            XlsxProblem::BadValue => Tr {
                vi: "một ô, vùng ô hoặc số đếm trong tệp ghi sai dạng",
                en: "a cell, a range or a count in the file is written wrongly",
            },
            XlsxProblem::Damaged => Tr {
                vi: "tệp bị hỏng",
                en: "the file is damaged",
            },
        }
    }
}

/// The budget a file goes past, named with its number (`load::budgets`), and the sheet
/// when named.
fn limit(exceeded: &Exceeded, sheet: Option<&str>) -> Tr<String> {
    use crate::load::budgets::*;
    let of = sheet.map_or_else(Tr::default, |s| Tr {
        vi: format!(" (trang tính `{s}`)"),
        en: format!(" (sheet `{s}`)"),
    });
    let Tr {
        vi: of_vi,
        en: of_en,
    } = &of;
    let n = |v: u64| crate::numbers::format_vi(v.into(), 0);
    match exceeded {
        Exceeded::PartBytes { part } => Tr {
            vi: format!(
                "phần `{part}` của tệp XLSX khi giải nén lớn hơn {} MiB, giới hạn cho một phần",
                PART_BYTES >> 20
            ),
            en: format!(
                "part `{part}` of the XLSX file inflates to more than {} MiB, the limit for one part",
                PART_BYTES >> 20
            ),
        },
        Exceeded::WorkbookBytes => Tr {
            vi: format!(
                "các phần của tệp XLSX khi giải nén lớn hơn {} MiB cộng lại, giới hạn cho một tệp",
                WORKBOOK_BYTES >> 20
            ),
            en: format!(
                "the parts of the XLSX file inflate to more than {} MiB together, the limit for one file",
                WORKBOOK_BYTES >> 20
            ),
        },
        Exceeded::SharedStrings { count } => Tr {
            vi: format!(
                "tệp XLSX khai báo hoặc có {} chuỗi dùng chung, giới hạn là {}",
                n(*count),
                n(SHARED_STRINGS)
            ),
            en: format!(
                "the XLSX file declares or holds {count} shared strings; the limit is {SHARED_STRINGS}"
            ),
        },
        Exceeded::SharedFormula { index } => Tr {
            vi: format!(
                "tệp XLSX có công thức dùng chung số {}, giới hạn là {}",
                n(*index),
                n(SHARED_FORMULAS)
            ),
            en: format!(
                "the XLSX file has shared formula number {index}; the limit is {SHARED_FORMULAS}"
            ),
        },
        Exceeded::Columns { found } => Tr {
            vi: format!(
                "bảng lấy từ tệp rộng {} cột{of_vi}, giới hạn là {} cột",
                n(*found),
                n(COLUMNS as u64)
            ),
            en: format!(
                "the table from the file is {found} columns wide{of_en}; the limit is {COLUMNS}"
            ),
        },
        Exceeded::Rows => Tr {
            vi: format!(
                "bảng lấy từ tệp có hơn {} dòng{of_vi}, giới hạn của một tệp",
                n(ROWS as u64)
            ),
            en: format!(
                "the table from the file has more than {ROWS} rows{of_en}, the limit for one file"
            ),
        },
        Exceeded::Cells { found } => Tr {
            vi: format!(
                "bảng lấy từ tệp có {} ô (dòng × cột){of_vi}, giới hạn là {} ô",
                n(*found),
                n(CELLS as u64)
            ),
            en: format!(
                "the table from the file has {found} cells (rows × columns){of_en}; the limit is {CELLS}"
            ),
        },
    }
}

/// What to do about the budget a file goes past.
fn limit_hint(exceeded: &Exceeded) -> Tr<&'static str> {
    match exceeded {
        Exceeded::PartBytes { .. }
        | Exceeded::WorkbookBytes
        | Exceeded::SharedStrings { .. }
        | Exceeded::SharedFormula { .. } => Tr {
            vi: "tệp có thể hỏng hoặc bị làm giả: mở bằng Excel hoặc LibreOffice, chỉ giữ bảng cần in, rồi lưu lại dạng .xlsx",
            en: "the file may be damaged or crafted: open it in Excel or LibreOffice, keep only the table to print, and save it again as .xlsx",
        },
        Exceeded::Columns { .. } => Tr {
            vi: "ghi `range:` để chỉ lấy vùng ô của bảng, ví dụ `range: A3:H40`",
            en: "give `range:` to take only the table's cells, e.g. `range: A3:H40`",
        },
        Exceeded::Rows | Exceeded::Cells { .. } => Tr {
            vi: "chia số liệu thành nhiều bảng, hoặc ghi `range:` để chỉ lấy vùng ô cần in",
            en: "split the data into several tables, or give `range:` to take only the cells to print",
        },
    }
}
