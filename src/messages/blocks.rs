//! The catalogue entries of blocks, tables, the files table rows come from, and
//! appendices: code, severity, text and hint in Vietnamese and English, one `match` per
//! language and property as in the rest of the catalogue.

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
    /// Warnings: what may be meant so; everything else stops the build.
    pub fn severity(&self) -> crate::messages::Severity {
        use crate::messages::Severity;
        match self {
            BlockMessage::AppendixUnused { .. }
            | BlockMessage::AmbiguousNumber { .. }
            | BlockMessage::PercentDiffers { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    pub fn code(&self) -> &'static str {
        use BlockMessage::*;
        match self {
            BlockKind => "E-block",
            EmptyList => "E-empty-list",
            BadAppendixRef => "E-markup",
            TableNoColumns => "E-table-columns",
            TableNoRows => "E-table-rows",
            TableRowWidth { .. } | TableOverlap => "E-table-row",
            TablePastLastRow => "E-table-merge",
            TableSpan { .. } => "E-table-span",
            TableNotNumber { .. } => "E-table-number",
            TableColumnOption { .. } => "E-table-column",
            TotalColumn { .. } | TotalLabel { .. } => "E-table-total",
            TableOverflow => "E-table-overflow",
            RowsFromPath { .. }
            | RowsFromKind { .. }
            | RowsFromRead { .. }
            | RowsFromMissing { .. } => "E-rows-from",
            CsvSyntax | CsvQuotes | CsvDelimiter { .. } | CsvSheetOption { .. } => "E-csv",
            XlsxRead { .. } => "E-xlsx",
            FileLimit { .. } => "E-file-limit",
            SheetMissing { .. } => "E-xlsx-sheet",
            SheetRange { .. } => "E-xlsx-range",
            FormulaNoValue { .. } => "E-xlsx-formula",
            CellError { .. } => "E-xlsx-cell-error",
            AppendixRefUnknown { .. } => "E-appendix-ref",
            AppendixUnused { .. } => "W-appendix-unused",
            Orientation { .. } => "E-orientation",
            AppendixFileNotYaml => "E-appendix-file",
            TooManyAppendices { .. } => "E-too-many-appendices",
            LandscapeBody => "E-landscape-body",
            AmbiguousNumber { .. } => "W-number-ambiguous",
            PercentDiffers { .. } => "W-table-percent",
        }
    }

    pub fn text_vi(&self) -> String {
        use BlockMessage::*;
        match self {
            BlockKind => "khối này cần đúng một trong hai khóa `numbered` hoặc `table`".into(),
            EmptyList => "danh sách `numbered` không có ý nào".into(),
            BadAppendixRef => "tham chiếu phụ lục sai dạng".into(),
            TableNoColumns => "bảng không có cột nào".into(),
            TableNoRows => "bảng không có dòng số liệu nào".into(),
            TableRowWidth { found, columns } => format!("dòng này chiếm {found} cột, bảng có {columns} cột"),
            TableOverlap => "ô này gộp sang cột đã bị ô gộp dọc của dòng trên chiếm".into(),
            TablePastLastRow => "ô gộp dọc (`rows`) vượt quá dòng cuối của phần bảng chứa nó".into(),
            TableSpan { value } => format!("số cột, số dòng gộp `{value}` không hợp lệ"),
            TableNotNumber { value, column } => format!("cột {column} là cột số nhưng ô này là `{value}`"),
            TableColumnOption { option, value } => format!("`{option}: {value}` không hợp lệ"),
            TotalColumn { column, columns } => format!("dòng tổng cộng cộng cột {column}, nhưng bảng có {columns} cột và chỉ cộng được cột số"),
            TotalLabel { value, .. } => format!("`label_columns: {value}` không hợp lệ"),
            TableOverflow => "số trong bảng vượt quá giới hạn tính chính xác (28 chữ số có nghĩa)".into(),
            RowsFromPath { path } => format!("tệp `{path}` nằm ngoài thư mục dữ liệu"),
            RowsFromKind { path } => format!("`{path}` không phải tệp .csv hoặc .xlsx"),
            RowsFromRead { path, error } => format!("không đọc được tệp `{path}`: {}", error.text(crate::messages::Lang::Vi)),
            RowsFromMissing { path } => format!("không có tệp `{path}` trong thư mục dữ liệu"),
            CsvSyntax => "tệp CSV sai dạng".into(),
            CsvDelimiter { value } => format!("dấu phân cách cột `{}` không dùng được cho tệp CSV", value.escape_debug()),
            CsvSheetOption { option } => format!("`{option}` chỉ dùng cho tệp XLSX, không dùng cho tệp CSV"),
            CsvQuotes => "ô mở bằng dấu ngoặc kép nhưng không đóng đúng ở cuối ô".into(),
            XlsxRead { problem } => format!("không đọc được tệp XLSX: {}", problem.vi()),
            FileLimit { exceeded, sheet } => limit_vi(exceeded, sheet.as_deref()),
            SheetMissing { sheet, .. } => format!("tệp không có trang tính `{sheet}`"),
            SheetRange { range } => format!("vùng ô `{range}` sai dạng"),
            FormulaNoValue { formula } => format!("ô có công thức `={formula}` nhưng tệp không lưu giá trị đã tính"),
            CellError { error } => format!("ô báo lỗi của bảng tính: {error}"),
            AppendixRefUnknown { key, .. } => format!("không có phụ lục `{key}`"),
            AppendixUnused { key } => format!("phụ lục `{key}` không được nhắc đến trong nội dung văn bản"),
            Orientation { value } => format!("hướng trang `{value}` không hợp lệ"),
            AppendixFileNotYaml => "tệp trong appendices/ không phải tệp YAML".into(),
            TooManyAppendices { limit } => format!("thư mục appendices/ có hơn {limit} tệp"),
            LandscapeBody => "phần nội dung chỉ được trình bày trang ngang khi văn bản có bảng và không có phụ lục".into(),
            PercentDiffers { written, computed } => format!("ô ghi `{written}`, nhưng tính ra là {computed}"),
            AmbiguousNumber { value } => format!("`{value}` được đọc là số thập phân theo YAML, có thể bạn muốn viết số có dấu chấm phân cách hàng nghìn"),
        }
    }

    pub fn text_en(&self) -> String {
        use BlockMessage::*;
        match self {
            BlockKind => "this block needs exactly one of the keys `numbered` or `table`".into(),
            EmptyList => "the `numbered` list has no items".into(),
            BadAppendixRef => "malformed appendix reference".into(),
            TableNoColumns => "the table has no columns".into(),
            TableNoRows => "the table has no data rows".into(),
            TableRowWidth { found, columns } => {
                format!("this row covers {found} columns, the table has {columns}")
            }
            TableOverlap => {
                "this cell spans into a column that a cell merged down from the row above covers"
                    .into()
            }
            TablePastLastRow => {
                "a cell merged down (`rows`) reaches past the last row of its part of the table"
                    .into()
            }
            TableSpan { value } => format!("column or row span `{value}` is not valid"),
            TableNotNumber { value, column } => {
                format!("column {column} holds numbers but this cell is `{value}`")
            }
            TableColumnOption { option, value } => format!("`{option}: {value}` is not valid"),
            TotalLabel { value, .. } => format!("`label_columns: {value}` is not valid"),
            TableOverflow => {
                "a number of the table is past what exact decimals hold (28 significant digits)"
                    .into()
            }
            TotalColumn { column, columns } => format!(
                "the total row adds up column {column}, but the table has {columns} columns and only number columns add up"
            ),
            RowsFromPath { path } => format!("file `{path}` is outside the data folder"),
            RowsFromKind { path } => format!("`{path}` is not a .csv or .xlsx file"),
            RowsFromRead { path, error } => format!(
                "cannot read `{path}`: {}",
                error.text(crate::messages::Lang::En)
            ),
            RowsFromMissing { path } => format!("there is no file `{path}` in the data folder"),
            CsvSyntax => "malformed CSV".into(),
            CsvDelimiter { value } => format!(
                "`{}` cannot be a CSV file's delimiter",
                value.escape_debug()
            ),
            CsvSheetOption { option } => {
                format!("`{option}` is for XLSX files, not for a CSV file")
            }
            CsvQuotes => "the cell opens with a quote that does not close it at its end".into(),
            XlsxRead { problem } => format!("cannot read the XLSX file: {}", problem.en()),
            FileLimit { exceeded, sheet } => limit_en(exceeded, sheet.as_deref()),
            SheetMissing { sheet, .. } => format!("the workbook has no sheet `{sheet}`"),
            SheetRange { range } => format!("cell range `{range}` is malformed"),
            FormulaNoValue { formula } => format!(
                "the cell holds the formula `={formula}` but the file stores no computed value"
            ),
            CellError { error } => format!("the cell holds a spreadsheet error: {error}"),
            AppendixRefUnknown { key, .. } => format!("there is no appendix `{key}`"),
            AppendixUnused { key } => format!("appendix `{key}` is never referred to in the text"),
            Orientation { value } => format!("orientation `{value}` is not valid"),
            AppendixFileNotYaml => "a file in appendices/ is not a YAML file".into(),
            TooManyAppendices { limit } => {
                format!("the appendices/ folder has more than {limit} files")
            }
            LandscapeBody => {
                "the body may be landscape only when the document has tables and no appendix".into()
            }
            PercentDiffers { written, computed } => {
                format!("the cell says `{written}`, but it computes to {computed}")
            }
            AmbiguousNumber { value } => format!(
                "YAML reads `{value}` as a decimal number; a thousands separator may have been meant"
            ),
        }
    }

    pub fn hint_vi(&self) -> String {
        use BlockMessage::*;
        match self {
            BlockKind => "viết `numbered:` với danh sách các ý, hoặc `table:` với một bảng, mỗi khối một khóa; nếu đây là một đoạn văn có dấu \": \", đặt cả đoạn trong dấu nháy kép".into(),
            EmptyList => "thêm ít nhất một ý, hoặc xóa khối này".into(),
            BadAppendixRef => "viết `[Phụ lục: khoa]`, khóa là tên tệp trong appendices/ bỏ số thứ tự đầu và đuôi .yaml, ví dụ `[Phụ lục: ngan-sach]` cho appendices/01-ngan-sach.yaml".into(),
            TableNoColumns => "thêm `columns:`, mỗi cột một phần tử, ví dụ `- {width: 3}`".into(),
            TableNoRows => "thêm `rows:` hoặc `rows_from:`".into(),
            TableRowWidth { .. } => "thêm hoặc bớt ô; ô gộp ngang đếm theo `cols`; cột bị ô gộp dọc của dòng trên chiếm thì không viết ô ở dòng này".into(),
            TableOverlap => "giảm `cols` của ô này, hoặc `rows` của ô gộp dọc ở dòng trên".into(),
            TablePastLastRow => "giảm `rows`; dòng tiêu đề và dòng số liệu gộp riêng".into(),
            TableSpan { .. } => "`cols` và `rows` là số nguyên từ 1 trở lên".into(),
            TableNotNumber { .. } => "viết một số (1231500, 65.2 hoặc \"1.231.500\", \"65,2\"), hoặc để trống ô (\"\")".into(),
            TableColumnOption { option: "align", .. } => "viết \"left\", \"center\" hoặc \"right\"".into(),
            TableColumnOption { option: "decimals", .. } => "viết số nguyên từ 0 đến 6".into(),
            TableColumnOption { option: "percent_of", .. } => "ghi hai số thứ tự cột (đếm từ 1): cột được chia và cột chia, ví dụ `percent_of: [4, 3]`".into(),
            TableColumnOption { .. } => "độ rộng là một số dương".into(),
            TotalColumn { .. } => "ghi số thứ tự cột (đếm từ 1) của các cột có `decimals`, ví dụ `columns: [3, 4]`".into(),
            TotalLabel { first, .. } => format!("ghi hai số thứ tự cột [đầu, cuối], đếm từ 1, trước cột được cộng đầu tiên (cột {first}), ví dụ `[2, {}]`", first.saturating_sub(1).max(1)),
            TableOverflow => "kiểm tra lại số liệu của bảng".into(),
            RowsFromPath { .. } => "đặt tệp trong thư mục dữ liệu và ghi đường dẫn tương đối, ví dụ tables/thu-ngan-sach.csv".into(),
            RowsFromKind { .. } => "lưu bảng tính dạng .xlsx, hoặc xuất ra .csv".into(),
            RowsFromRead { error, .. } if error.too_large.is_some() => "tách tệp thành các tệp nhỏ hơn, mỗi tệp một bảng, hoặc xóa các trang tính, cột và dòng không dùng rồi lưu lại".into(),
            RowsFromRead { .. } => "kiểm tra tên tệp và quyền đọc".into(),
            RowsFromMissing { .. } => "kiểm tra tên tệp (phân biệt chữ hoa, chữ thường) và đường dẫn, tính từ thư mục dữ liệu".into(),
            CsvSyntax => "mở tệp bằng bảng tính và lưu lại dạng CSV UTF-8".into(),
            CsvDelimiter { .. } => "viết delimiter: \",\" (mặc định), \";\" hoặc \"\\t\" (dấu tab)".into(),
            CsvSheetOption { .. } => "bỏ dòng này; muốn lấy một phần tệp CSV thì dùng skip (bỏ các dòng đầu), hoặc xóa bớt dòng trong tệp".into(),
            CsvQuotes => "một ô có dấu ngoặc kép thì cả ô nằm trong ngoặc kép và dấu ngoặc kép bên trong viết đôi: \"ống 5\"\" tròn\"".into(),
            XlsxRead { problem: XlsxProblem::OldOrProtected } => "bỏ mật khẩu của tệp (nếu có), rồi lưu lại dạng Excel Workbook (.xlsx)".into(),
            XlsxRead { .. } => "mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx".into(),
            FileLimit { exceeded, .. } => limit_hint_vi(exceeded).into(),
            SheetMissing { sheets, .. } => format!("các trang tính có trong tệp: {sheets}"),
            SheetRange { .. } => "viết vùng ô dạng A3:H12".into(),
            FormulaNoValue { .. } => "mở tệp bằng Excel hoặc LibreOffice để tính lại công thức, rồi lưu lại".into(),
            CellError { .. } => "sửa công thức của ô trong bảng tính, rồi lưu lại".into(),
            AppendixRefUnknown { known, .. } => format!("các phụ lục có: {known}"),
            AppendixUnused { key } => format!("nhắc đến phụ lục trong nội dung, ví dụ \"(chi tiết tại [Phụ lục: {key}])\""),
            Orientation { .. } => "viết \"portrait\" (trang dọc) hoặc \"landscape\" (trang ngang)".into(),
            AppendixFileNotYaml => "chỉ để các tệp .yaml của các phụ lục trong appendices/; chuyển tệp này ra chỗ khác".into(),
            TooManyAppendices { .. } => "gộp các phụ lục, hoặc kiểm tra xem có chép nhầm thư mục không".into(),
            LandscapeBody => "bỏ `layout.orientation`, hoặc đưa bảng vào phụ lục trang ngang (`orientation: landscape` trong tệp phụ lục)".into(),
            PercentDiffers { .. } => "để trống ô để công cụ tự tính, hoặc kiểm tra lại số liệu của dòng".into(),
            AmbiguousNumber { value } => format!("nếu là số nghìn, viết {} hoặc \"{value}\" (trong dấu nháy); nếu là số thập phân, viết {}", value.replace('.', ""), value.trim_end_matches('0').trim_end_matches('.')),
        }
    }

    pub fn hint_en(&self) -> String {
        use BlockMessage::*;
        match self {
            BlockKind => "write `numbered:` with a list of items, or `table:` with a table, one key per block; if this is a paragraph with \": \" in it, put the whole paragraph in double quotes".into(),
            EmptyList => "add at least one item, or delete the block".into(),
            BadAppendixRef => "write `[Phụ lục: key]`, the key being the file name in appendices/ without its order number and .yaml, e.g. `[Phụ lục: ngan-sach]` for appendices/01-ngan-sach.yaml".into(),
            TableNoColumns => "add `columns:`, one item per column, e.g. `- {width: 3}`".into(),
            TableNoRows => "add `rows:` or `rows_from:`".into(),
            TableRowWidth { .. } => "add or remove cells; a merged cell counts its `cols`; write no cell for a column that a cell merged down from above covers".into(),
            TableOverlap => "lower this cell's `cols`, or the `rows` of the cell merged down from above".into(),
            TablePastLastRow => "lower `rows`; header rows and data rows merge separately".into(),
            TableSpan { .. } => "`cols` and `rows` are whole numbers from 1".into(),
            TableNotNumber { .. } => "write a number (1231500, 65.2 or \"1.231.500\", \"65,2\"), or leave the cell empty (\"\")".into(),
            TableColumnOption { option: "align", .. } => "write \"left\", \"center\" or \"right\"".into(),
            TableColumnOption { option: "decimals", .. } => "write a whole number from 0 to 6".into(),
            TableColumnOption { option: "percent_of", .. } => "give two column numbers (from 1): the divided and the dividing column, e.g. `percent_of: [4, 3]`".into(),
            TableColumnOption { .. } => "a width is a positive number".into(),
            TotalColumn { .. } => "give the numbers (from 1) of columns that have `decimals`, e.g. `columns: [3, 4]`".into(),
            TotalLabel { first, .. } => format!("give two column numbers [first, last], from 1, before the first summed column (column {first}), e.g. `[2, {}]`", first.saturating_sub(1).max(1)),
            TableOverflow => "check the table's figures".into(),
            RowsFromPath { .. } => "keep the file inside the data folder and give a relative path, e.g. tables/thu-ngan-sach.csv".into(),
            RowsFromKind { .. } => "save the spreadsheet as .xlsx, or export it as .csv".into(),
            RowsFromRead { error, .. } if error.too_large.is_some() => "split the file into smaller ones, a table each, or delete the sheets, columns and rows not used and save it again".into(),
            RowsFromRead { .. } => "check the file name and the read permission".into(),
            RowsFromMissing { .. } => "check the file name (case matters) and the path, from the data folder".into(),
            CsvSyntax => "open the file in a spreadsheet and save it again as CSV UTF-8".into(),
            CsvDelimiter { .. } => "write delimiter: \",\" (the default), \";\" or \"\\t\" (a tab)".into(),
            CsvSheetOption { .. } => "leave it out; to take part of a CSV file use skip (rows left out at its top), or remove rows from the file".into(),
            CsvQuotes => "a quoted cell is quoted whole, quotes inside it doubled: \"pipe 5\"\" round\"".into(),
            XlsxRead { problem: XlsxProblem::OldOrProtected } => "remove the file's password (if any), then save it as an Excel Workbook (.xlsx)".into(),
            XlsxRead { .. } => "open the file in Excel or LibreOffice and save it again as .xlsx".into(),
            FileLimit { exceeded, .. } => limit_hint_en(exceeded).into(),
            SheetMissing { sheets, .. } => format!("the workbook's sheets: {sheets}"),
            SheetRange { .. } => "write the range as A3:H12".into(),
            FormulaNoValue { .. } => "open the file in Excel or LibreOffice to recalculate, then save it".into(),
            CellError { .. } => "fix the cell's formula in the spreadsheet, then save it".into(),
            AppendixRefUnknown { known, .. } => format!("the appendices are: {known}"),
            AppendixUnused { key } => format!("refer to it in the text, e.g. \"(chi tiết tại [Phụ lục: {key}])\""),
            Orientation { .. } => "write \"portrait\" or \"landscape\"".into(),
            AppendixFileNotYaml => "keep only the appendices' .yaml files in appendices/; move this file elsewhere".into(),
            TooManyAppendices { .. } => "merge appendices, or check that no folder was copied there by mistake".into(),
            LandscapeBody => "remove `layout.orientation`, or move the table to a landscape appendix (`orientation: landscape` in the appendix file)".into(),
            PercentDiffers { .. } => "leave the cell empty for the tool to compute it, or check the row's figures".into(),
            AmbiguousNumber { value } => format!("for thousands write {} or \"{value}\" (in quotes); for a decimal write {}", value.replace('.', ""), value.trim_end_matches('0').trim_end_matches('.')),
        }
    }
}

/// The budget a file goes past, named with its number (`load::budgets`).
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
    fn vi(self) -> &'static str {
        match self {
            XlsxProblem::NotZip => {
                "tệp không phải là bảng tính .xlsx (không mở được như một tệp nén)"
            }
            XlsxProblem::OldOrProtected => {
                "tệp là bảng tính Excel cũ (.xls) hoặc được đặt mật khẩu, không phải .xlsx"
            }
            XlsxProblem::MissingPart => "tệp thiếu một phần bên trong mà bảng tính cần",
            XlsxProblem::BrokenXml => "nội dung XML bên trong tệp bị hỏng",
            XlsxProblem::BadValue => "một ô, vùng ô hoặc số đếm trong tệp ghi sai dạng",
            XlsxProblem::Damaged => "tệp bị hỏng",
        }
    }

    fn en(self) -> &'static str {
        match self {
            XlsxProblem::NotZip => "it is not a .xlsx workbook (it does not open as a zip file)",
            XlsxProblem::OldOrProtected => {
                "it is an old Excel workbook (.xls) or one under a password, not .xlsx"
            }
            XlsxProblem::MissingPart => "a part the workbook needs is missing from the file",
            XlsxProblem::BrokenXml => "the XML inside the file is damaged",
            XlsxProblem::BadValue => "a cell, a range or a count in the file is written wrongly",
            XlsxProblem::Damaged => "the file is damaged",
        }
    }
}

fn limit_vi(exceeded: &Exceeded, sheet: Option<&str>) -> String {
    use crate::load::budgets::*;
    let of = sheet.map_or(String::new(), |s| format!(" (trang tính `{s}`)"));
    let n = |v: u64| crate::numbers::format_vi(v.into(), 0);
    match exceeded {
        Exceeded::PartBytes { part } => format!(
            "phần `{part}` của tệp XLSX khi giải nén lớn hơn {} MiB, giới hạn cho một phần",
            PART_BYTES >> 20
        ),
        Exceeded::WorkbookBytes => format!(
            "các phần của tệp XLSX khi giải nén lớn hơn {} MiB cộng lại, giới hạn cho một tệp",
            WORKBOOK_BYTES >> 20
        ),
        Exceeded::SharedStrings { count } => format!(
            "tệp XLSX khai báo hoặc có {} chuỗi dùng chung, giới hạn là {}",
            n(*count),
            n(SHARED_STRINGS)
        ),
        Exceeded::SharedFormula { index } => format!(
            "tệp XLSX có công thức dùng chung số {}, giới hạn là {}",
            n(*index),
            n(SHARED_FORMULAS)
        ),
        Exceeded::Columns { found } => format!(
            "bảng lấy từ tệp rộng {} cột{of}, giới hạn là {} cột",
            n(*found),
            n(COLUMNS as u64)
        ),
        Exceeded::Rows => format!(
            "bảng lấy từ tệp có hơn {} dòng{of}, giới hạn của một tệp",
            n(ROWS as u64)
        ),
        Exceeded::Cells { found } => format!(
            "bảng lấy từ tệp có {} ô (dòng × cột){of}, giới hạn là {} ô",
            n(*found),
            n(CELLS as u64)
        ),
    }
}

fn limit_en(exceeded: &Exceeded, sheet: Option<&str>) -> String {
    use crate::load::budgets::*;
    let of = sheet.map_or(String::new(), |s| format!(" (sheet `{s}`)"));
    match exceeded {
        Exceeded::PartBytes { part } => format!(
            "part `{part}` of the XLSX file inflates to more than {} MiB, the limit for one part",
            PART_BYTES >> 20
        ),
        Exceeded::WorkbookBytes => format!(
            "the parts of the XLSX file inflate to more than {} MiB together, the limit for one file",
            WORKBOOK_BYTES >> 20
        ),
        Exceeded::SharedStrings { count } => format!(
            "the XLSX file declares or holds {count} shared strings; the limit is {SHARED_STRINGS}"
        ),
        Exceeded::SharedFormula { index } => format!(
            "the XLSX file has shared formula number {index}; the limit is {SHARED_FORMULAS}"
        ),
        Exceeded::Columns { found } => {
            format!("the table from the file is {found} columns wide{of}; the limit is {COLUMNS}")
        }
        Exceeded::Rows => {
            format!("the table from the file has more than {ROWS} rows{of}, the limit for one file")
        }
        Exceeded::Cells { found } => format!(
            "the table from the file has {found} cells (rows × columns){of}; the limit is {CELLS}"
        ),
    }
}

fn limit_hint_vi(exceeded: &Exceeded) -> &'static str {
    match exceeded {
        Exceeded::PartBytes { .. }
        | Exceeded::WorkbookBytes
        | Exceeded::SharedStrings { .. }
        | Exceeded::SharedFormula { .. } => {
            "tệp có thể hỏng hoặc bị làm giả: mở bằng Excel hoặc LibreOffice, chỉ giữ bảng cần in, rồi lưu lại dạng .xlsx"
        }
        Exceeded::Columns { .. } => {
            "ghi `range:` để chỉ lấy vùng ô của bảng, ví dụ `range: A3:H40`"
        }
        Exceeded::Rows | Exceeded::Cells { .. } => {
            "chia số liệu thành nhiều bảng, hoặc ghi `range:` để chỉ lấy vùng ô cần in"
        }
    }
}

fn limit_hint_en(exceeded: &Exceeded) -> &'static str {
    match exceeded {
        Exceeded::PartBytes { .. }
        | Exceeded::WorkbookBytes
        | Exceeded::SharedStrings { .. }
        | Exceeded::SharedFormula { .. } => {
            "the file may be damaged or crafted: open it in Excel or LibreOffice, keep only the table to print, and save it again as .xlsx"
        }
        Exceeded::Columns { .. } => {
            "give `range:` to take only the table's cells, e.g. `range: A3:H40`"
        }
        Exceeded::Rows | Exceeded::Cells { .. } => {
            "split the data into several tables, or give `range:` to take only the cells to print"
        }
    }
}
