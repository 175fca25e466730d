//! The explanations of the codes of tables, the files of tables and appendices: for each
//! code its title, explanation and fix in every language side by side, and its example.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `E-table-columns`
pub(super) const TABLE_COLUMNS: Explanation = Explanation {
    title: Tr {
        vi: "Bảng không có cột nào",
        en: "A table with no columns",
    },
    explanation: Tr {
        vi: "Một bảng (`table:`) phải khai báo các cột của nó trong `columns:`, mỗi cột một phần tử từ trái sang phải, với độ rộng tương đối (`width`), cách căn lề (`align`) và, cho cột số, số chữ số thập phân (`decimals`). Bảng này có `columns: []`, nên không dựng được.",
        en: "A table (`table:`) declares its columns in `columns:`, one item per column from left to right, with its relative width (`width`), its alignment (`align`) and, for a number column, its decimals (`decimals`). This table has `columns: []`, so it cannot be built.",
    },
    fix: Tr {
        vi: "Khai báo mỗi cột một phần tử, ví dụ `- {width: 3}` cho cột chữ, `- {width: 1, decimals: 0}` cho cột số.",
        en: "Declare one item per column, e.g. `- {width: 3}` for a text column, `- {width: 1, decimals: 0}` for a number column.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: []
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
};

/// `E-table-rows`
pub(super) const TABLE_ROWS: Explanation = Explanation {
    title: Tr {
        vi: "Bảng không có dòng số liệu nào",
        en: "A table with no data rows",
    },
    explanation: Tr {
        vi: "Bảng có cột và có thể có dòng tiêu đề (`header`), nhưng không có dòng số liệu nào: không có `rows:`, cũng không lấy dòng từ tệp (`rows_from:`). In ra chỉ là một dòng tiêu đề trơ trọi.",
        en: "The table has columns, and maybe header rows (`header`), but no data row: no `rows:`, and no rows taken from a file (`rows_from:`). It would print a lone header.",
    },
    fix: Tr {
        vi: "Thêm `rows:` (mỗi dòng một danh sách ô) hoặc `rows_from:` (lấy các dòng từ một tệp CSV hoặc XLSX).",
        en: "Add `rows:` (each row a list of cells) or `rows_from:` (rows taken from a CSV or XLSX file).",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
};

/// `E-table-row`
pub(super) const TABLE_ROW: Explanation = Explanation {
    title: Tr {
        vi: "Dòng không khớp với số cột của bảng",
        en: "A row that does not match the table's columns",
    },
    explanation: Tr {
        vi: "Mỗi dòng của bảng phải phủ đúng các cột: số ô, cộng thêm các cột mà ô gộp ngang (`cols`) chiếm, cộng các cột đã bị ô gộp dọc (`rows`) ở dòng trên chiếm, bằng số cột trong `columns`. Trong ví dụ, bảng có 3 cột mà dòng thứ hai chỉ có 2 ô. Lỗi này cũng báo một ô gộp sang cột đã bị ô gộp dọc của dòng trên chiếm. Với dòng lấy từ tệp CSV, lỗi chỉ ra đúng dòng trong tệp.",
        en: "Each row covers exactly the table's columns: its cells, plus the columns its merged cells span (`cols`), plus the columns that cells merged down (`rows`) from above cover, make the number of `columns`. In the example the table has 3 columns and its second row 2 cells. The error is also a cell spanning into a column that a cell merged down from above covers. For rows from a CSV file, it points at the file's line.",
    },
    fix: Tr {
        vi: "Thêm hoặc bớt ô cho đủ số cột; ô không có số liệu thì để trống `\"\"`. Không viết ô cho cột đã bị ô gộp dọc ở dòng trên chiếm.",
        en: "Add or remove cells to fill the columns; a cell with no figure is left empty, `\"\"`. Write no cell for a column that a cell merged down from above covers.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 1}
      header:
        - [Ấp, Số hộ, Tỷ lệ (%)]
      rows:
        - [Ấp Tân Phú, 120, 45.5]
        - [Ấp Tân Hòa, 98]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 1}
      header:
        - [Ấp, Số hộ, Tỷ lệ (%)]
      rows:
        - [Ấp Tân Phú, 120, 45.5]
        - [Ấp Tân Hòa, 98, ""]
"#,
    }],
};

/// `E-table-merge`
pub(super) const TABLE_MERGE: Explanation = Explanation {
    title: Tr {
        vi: "Ô gộp dọc vượt quá dòng cuối",
        en: "A cell merged down past the last row",
    },
    explanation: Tr {
        vi: "Một ô gộp dọc (`rows: N`) chiếm N dòng, và phải nằm gọn trong phần của bảng chứa nó: các dòng tiêu đề (`header`) và các dòng số liệu (`rows`) gộp riêng. Trong ví dụ, ô \"Ấp\" gộp 3 dòng nhưng phần tiêu đề chỉ có 2 dòng.",
        en: "A cell merged down (`rows: N`) covers N rows, and stays within its part of the table: the header rows (`header`) and the data rows (`rows`) merge separately. In the example the cell \"Ấp\" merges 3 rows down in a header of 2 rows.",
    },
    fix: Tr {
        vi: "Giảm `rows` cho vừa số dòng của phần đó.",
        en: "Lower `rows` to fit the rows of its part.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}]
      header:
        - [{text: Ấp, rows: 3}, Số hộ]
        - [Năm 2021]
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}]
      header:
        - [{text: Ấp, rows: 2}, Số hộ]
        - [Năm 2021]
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
};

/// `E-table-span`
pub(super) const TABLE_SPAN: Explanation = Explanation {
    title: Tr {
        vi: "Số cột, số dòng gộp không hợp lệ",
        en: "A column or row span that is not valid",
    },
    explanation: Tr {
        vi: "Ô gộp viết `{text: …, cols: N}` (gộp N cột) hoặc `{text: …, rows: N}` (gộp N dòng), với N là số nguyên từ 1 trở lên. Giá trị `0`, số âm hay số lẻ thì không gộp được.",
        en: "A merged cell is `{text: …, cols: N}` (spanning N columns) or `{text: …, rows: N}` (N rows), N a whole number from 1. `0`, a negative number or a fraction cannot merge.",
    },
    fix: Tr {
        vi: "Ghi `cols` hoặc `rows` là số nguyên từ 1 trở lên (1 là không gộp).",
        en: "Give `cols` or `rows` a whole number from 1 (1 merges nothing).",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}, {width: 1}]
      header:
        - [Ấp, {text: Năm 2021, cols: 0}]
      rows:
        - [Ấp Tân Phú, 120, 130]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns: [{width: 3}, {width: 1}, {width: 1}]
      header:
        - [Ấp, {text: Năm 2021, cols: 2}]
      rows:
        - [Ấp Tân Phú, 120, 130]
"#,
    }],
};

/// `E-table-number`
pub(super) const TABLE_NUMBER: Explanation = Explanation {
    title: Tr {
        vi: "Ô chữ trong cột số",
        en: "A text in a number column",
    },
    explanation: Tr {
        vi: "Một cột có `decimals` (hoặc `percent_of`) là cột số: mọi ô của nó phải là số, để công cụ in số theo cách Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân), cộng dòng tổng và tính số liệu. Ô được viết là số YAML (`1231500`, `65.2`) hoặc chuỗi theo một trong hai cách (`\"1.231.500\"`, `\"65,2\"`); ô trống, `-`, `–` hoặc `x` nghĩa là không có số liệu. Ô này là chữ. Với dòng lấy từ tệp CSV hoặc XLSX, lỗi chỉ ra đúng ô trong tệp.",
        en: "A column with `decimals` (or `percent_of`) is a number column: every cell of it is a number, so that the tool prints it the Vietnamese way (dots between thousands, a comma before decimals), adds up the total row and computes figures. A cell is a YAML number (`1231500`, `65.2`) or a string written either way (`\"1.231.500\"`, `\"65,2\"`); an empty cell, `-`, `–` or `x` means no figure. This cell is text. For rows from a CSV or XLSX file, the error points at the file's cell.",
    },
    fix: Tr {
        vi: "Viết số vào ô, hoặc để trống (`\"\"`) hay ghi `-` nếu không có số liệu. Nếu cột thật sự là cột chữ, bỏ `decimals` của cột.",
        en: "Write a number in the cell, or leave it empty (`\"\"`) or `-` when there is no figure. If the column really holds text, remove its `decimals`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
      rows:
        - [Ấp Tân Phú, một trăm hai mươi]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số hộ]
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
};

/// `W-number-ambiguous`
pub(super) const NUMBER_AMBIGUOUS: Explanation = Explanation {
    title: Tr {
        vi: "Số viết 1.500 không có dấu nháy",
        en: "A number 1.500 written without quotes",
    },
    explanation: Tr {
        vi: "Trong YAML, `1.500` viết không có dấu nháy là một số thập phân, tức một phẩy năm, vì YAML dùng dấu chấm trước phần thập phân. Người Việt viết `1.500` thường để chỉ một nghìn năm trăm. Công cụ không đoán, mà cảnh báo: ô sẽ được in là 1,5 (hoặc 2 nếu cột không có chữ số thập phân).",
        en: "In YAML, an unquoted `1.500` is a decimal number, one and a half, since YAML puts a dot before decimals. A Vietnamese writer usually means fifteen hundred by `1.500`. The tool does not guess but warns: the cell would print as 1,5 (or 2 in a column without decimals).",
    },
    fix: Tr {
        vi: "Nếu là một nghìn năm trăm, viết `1500` hoặc `\"1.500\"` (trong dấu nháy kép, chuỗi có một dấu chấm và đúng ba chữ số sau nó được đọc theo cách Việt Nam); nếu là một phẩy năm, viết `1.5`.",
        en: "For fifteen hundred write `1500` or `\"1.500\"` (in double quotes, a string with one dot and exactly three digits after it is read the Vietnamese way); for one and a half write `1.5`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số người]
      rows:
        - [Ấp Tân Phú, 1.500]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      header:
        - [Ấp, Số người]
      rows:
        - [Ấp Tân Phú, "1.500"]
"#,
    }],
};

/// `E-table-column`
pub(super) const TABLE_COLUMN: Explanation = Explanation {
    title: Tr {
        vi: "Tùy chọn của cột không hợp lệ",
        en: "A column option that is not valid",
    },
    explanation: Tr {
        vi: "Mỗi cột trong `columns:` có thể có: `width`, độ rộng tương đối, một số dương; `align`, căn lề, là `left`, `center` hoặc `right`; `decimals`, số chữ số thập phân, số nguyên từ 0 đến 6; `percent_of`, hai số thứ tự cột (đếm từ 1) để tính tỷ lệ phần trăm. `label_align` của dòng tổng cộng cũng là `left`, `center` hoặc `right`. Trong ví dụ, `align: giữa` không phải một giá trị được nhận.",
        en: "Each column in `columns:` may have: `width`, its relative width, a positive number; `align`, `left`, `center` or `right`; `decimals`, a whole number from 0 to 6; `percent_of`, two column numbers (from 1) to compute a percentage from. The total row's `label_align` is `left`, `center` or `right` too. In the example, `align: giữa` (\"middle\") is not a value taken.",
    },
    fix: Tr {
        vi: "Viết giá trị theo các dạng kể trên, ví dụ `align: center`.",
        en: "Write the value in one of the forms above, e.g. `align: center`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3, align: giữa}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3, align: center}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
};

/// `E-table-total`
pub(super) const TABLE_TOTAL: Explanation = Explanation {
    title: Tr {
        vi: "Dòng tổng cộng cộng sai cột",
        en: "The total row adds up the wrong columns",
    },
    explanation: Tr {
        vi: "Dòng tổng cộng (`total:`) cộng các cột ghi trong `columns:` (số thứ tự cột, đếm từ 1), và chỉ cộng được cột số (cột có `decimals`) có trong bảng. Trong ví dụ, cột 1 là cột chữ (tên ấp). Lỗi này cũng báo `label_columns` (các cột của nhãn \"Tổng cộng\") không nằm trước cột được cộng đầu tiên.",
        en: "The total row (`total:`) adds up the columns its `columns:` names (column numbers, from 1), and only the table's number columns (those with `decimals`) add up. In the example, column 1 is a text column (the hamlets' names). The error is also `label_columns` (the columns of the \"Tổng cộng\" label) not lying before the first summed column.",
    },
    fix: Tr {
        vi: "Chỉ ghi số thứ tự của các cột số, ví dụ `columns: [2]`; nhãn tự chiếm các cột đứng trước.",
        en: "Name number columns only, e.g. `columns: [2]`; the label takes the columns before them.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
        - [Ấp Tân Hòa, 95]
      total:
        label: Tổng cộng
        columns: [1, 2]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 120]
        - [Ấp Tân Hòa, 95]
      total:
        label: Tổng cộng
        columns: [2]
"#,
    }],
};

/// `E-table-overflow`
pub(super) const TABLE_OVERFLOW: Explanation = Explanation {
    title: Tr {
        vi: "Số trong bảng vượt giới hạn tính chính xác",
        en: "A number of the table past exact arithmetic",
    },
    explanation: Tr {
        vi: "Công cụ tính các tổng và tỷ lệ của bảng bằng số thập phân chính xác (tối đa 28 chữ số có nghĩa), không làm tròn kiểu máy tính. Một ô, hoặc tổng của một cột, vượt quá giới hạn đó, như `1e30` trong ví dụ (số 1 với 30 số 0): không có số liệu hành chính nào lớn đến vậy, nên gần như chắc chắn là gõ nhầm.",
        en: "The tool computes a table's totals and percentages in exact decimals (at most 28 significant digits), without a computer's binary rounding. A cell, or a column's total, is past that limit, like the `1e30` of the example (a 1 with 30 zeros): no administrative figure is that large, so it is almost surely a typo.",
    },
    fix: Tr {
        vi: "Kiểm tra lại số liệu của ô đó.",
        en: "Check the cell's figure.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 1e30]
        - [Ấp Tân Hòa, 95]
      total: {label: Tổng cộng, columns: [2]}
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows:
        - [Ấp Tân Phú, 130]
        - [Ấp Tân Hòa, 95]
      total: {label: Tổng cộng, columns: [2]}
"#,
    }],
};

/// `W-table-percent`
pub(super) const TABLE_PERCENT: Explanation = Explanation {
    title: Tr {
        vi: "Tỷ lệ ghi trong bảng khác với tỷ lệ tính ra",
        en: "A percentage in the table that its row does not give",
    },
    explanation: Tr {
        vi: "Cột có `percent_of: [a, b]` là cột tỷ lệ phần trăm: ô để trống được tính bằng cột a chia cột b nhân 100. Ô đã ghi sẵn một tỷ lệ thì được giữ nguyên, nhưng ở đây nó khác với tỷ lệ tính từ các số của dòng (21/28 là 75%, không phải 80%), nên có thể số liệu của dòng hoặc tỷ lệ bị gõ nhầm.",
        en: "A column with `percent_of: [a, b]` is a percentage column: an empty cell is computed as column a divided by column b, times 100. A percentage typed in is kept, but here it differs from what the row's figures give (21/28 is 75%, not 80%), so the row's figures or the percentage may be mistyped.",
    },
    fix: Tr {
        vi: "Để trống ô (`\"\"`) để công cụ tự tính, hoặc kiểm tra lại số liệu của dòng.",
        en: "Leave the cell empty (`\"\"`) for the tool to compute it, or check the row's figures.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 0}
        - {width: 1, percent_of: [3, 2]}
      header:
        - [Nội dung, Kế hoạch, Đã xong, Tỷ lệ (%)]
      rows:
        - [Nhiệm vụ, 28, 21, 80]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
        - {width: 1, decimals: 0}
        - {width: 1, percent_of: [3, 2]}
      header:
        - [Nội dung, Kế hoạch, Đã xong, Tỷ lệ (%)]
      rows:
        - [Nhiệm vụ, 28, 21, ""]
"#,
    }],
};

/// `E-rows-from`
pub(super) const ROWS_FROM: Explanation = Explanation {
    title: Tr {
        vi: "Không lấy được tệp của bảng",
        en: "The file of a table cannot be taken",
    },
    explanation: Tr {
        vi: "`rows_from.file` ghi đường dẫn của tệp CSV hoặc XLSX mà bảng lấy các dòng số liệu, tính từ thư mục dữ liệu, như `tables/so-lieu.csv`. Tệp đó không có (hãy để ý chữ hoa, chữ thường và đuôi tệp), nằm ngoài thư mục dữ liệu (`..`, đường dẫn tuyệt đối, liên kết ra ngoài), không đọc được, hoặc không phải tệp .csv hay .xlsx. Trong ví dụ, tên tệp ghi `so-ho.csv` nhưng tệp có tên `so-lieu.csv`.",
        en: "`rows_from.file` gives the path of the CSV or XLSX file a table takes its rows from, from the data folder, such as `tables/so-lieu.csv`. That file is not there (mind capitals and the extension), is outside the data folder (`..`, an absolute path, a link leading out), cannot be read, or is not a .csv or .xlsx file. In the example the path says `so-ho.csv` but the file is named `so-lieu.csv`.",
    },
    fix: Tr {
        vi: "Sửa đường dẫn cho đúng tên tệp; chép tệp vào trong thư mục dữ liệu nếu nó ở nơi khác; lưu bảng tính dạng .xlsx hoặc .csv.",
        en: "Correct the path to the file's name; copy the file into the data folder if it is elsewhere; save the spreadsheet as .xlsx or .csv.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-ho.csv
"#,
        },
        Snippet {
            path: "tables/so-lieu.csv",
            text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
        },
        Snippet {
            path: "tables/so-lieu.csv",
            text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
        },
    ],
};

/// `E-csv`
pub(super) const CSV: Explanation = Explanation {
    title: Tr {
        vi: "Tệp CSV sai dạng",
        en: "Malformed CSV",
    },
    explanation: Tr {
        vi: "Tệp CSV là các dòng chữ, mỗi ô ngăn bằng dấu phẩy (hoặc dấu chấm phẩy, dấu tab nếu `delimiter` nói vậy). Một ô có dấu ngoặc kép thì cả ô phải nằm trong ngoặc kép, và dấu ngoặc kép bên trong ô được viết đôi `\"\"`, như Excel lưu. Trong ví dụ, ô `\"Ấp Tân Phú\" (cũ)` mở bằng dấu ngoặc kép nhưng không đóng ở cuối ô. Lỗi chỉ ra dòng và cột trong tệp; lời của trình đọc CSV (tiếng Anh) được in sau `chi tiết:` nếu có. Lỗi này cũng báo `delimiter` khác `\",\"`, `\";\"` và `\"\\t\"` (dấu tab), hoặc `sheet`, `range` (chỉ dùng cho bảng tính XLSX) ghi cho một tệp CSV.",
        en: "A CSV file is lines of text, cells separated by commas (or semicolons, or tabs, when `delimiter` says so). A cell with a double quote is quoted whole, and the quotes inside it are doubled, `\"\"`, as Excel writes them. In the example, the cell `\"Ấp Tân Phú\" (cũ)` opens with a quote that does not close it at its end. The error points at the file's line and column; the CSV reader's own words (in English), if any, follow `detail:`. The error is also a `delimiter` other than `\",\"`, `\";\"` and `\"\\t\"` (a tab), or a `sheet` or `range` (for XLSX workbooks only) given for a CSV file.",
    },
    fix: Tr {
        vi: "Sửa ô đó thành `\"\"\"Ấp Tân Phú\"\" (cũ)\"`, hoặc mở tệp bằng Excel hay LibreOffice rồi lưu lại dạng CSV UTF-8.",
        en: "Write the cell as `\"\"\"Ấp Tân Phú\"\" (cũ)\"`, or open the file in Excel or LibreOffice and save it again as CSV UTF-8.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
        },
        Snippet {
            path: "tables/so-lieu.csv",
            text: r#"
"Ấp Tân Phú" (cũ),120
Ấp Tân Hòa,95
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
        },
        Snippet {
            path: "tables/so-lieu.csv",
            text: r#"
"""Ấp Tân Phú"" (cũ)",120
Ấp Tân Hòa,95
"#,
        },
    ],
};

/// `E-xlsx`
pub(super) const XLSX: Explanation = Explanation {
    title: Tr {
        vi: "Không đọc được tệp XLSX",
        en: "The XLSX file cannot be read",
    },
    explanation: Tr {
        vi: "Tệp có đuôi .xlsx nhưng không đọc được như một bảng tính Excel: không phải tệp .xlsx thật (ví dụ một tệp CSV đổi tên, như trong ví dụ), là bảng tính Excel cũ (.xls), được đặt mật khẩu, hoặc bị hỏng. Thông báo nói rõ trường hợp nào; lời của trình đọc (tiếng Anh) được in sau `chi tiết:`.",
        en: "The file's name ends in .xlsx but it does not read as an Excel workbook: it is no real .xlsx (a CSV file renamed, as in the example), an old Excel workbook (.xls), one under a password, or a damaged one. The message says which; the reader's own words (in English) follow `detail:`.",
    },
    fix: Tr {
        vi: "Mở tệp bằng Excel hoặc LibreOffice, bỏ mật khẩu nếu có, rồi lưu lại dạng Excel Workbook (.xlsx); hoặc nếu là tệp CSV, đổi đuôi tệp và `rows_from.file` thành .csv.",
        en: "Open the file in Excel or LibreOffice, remove its password if any, and save it again as an Excel Workbook (.xlsx); or, for a CSV file, rename it and its `rows_from.file` to .csv.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.csv
"#,
        },
        Snippet {
            path: "tables/so-lieu.csv",
            text: r#"
Ấp Tân Phú,120
Ấp Tân Hòa,95
"#,
        },
    ],
};

/// `E-xlsx-sheet`
pub(super) const XLSX_SHEET: Explanation = Explanation {
    title: Tr {
        vi: "Bảng tính không có trang tính này",
        en: "The workbook has no such sheet",
    },
    explanation: Tr {
        vi: "`rows_from.sheet` ghi tên trang tính (sheet) mà bảng lấy số liệu, và tệp không có trang tính nào tên như vậy. Tên phải giống hệt tên ở thẻ trang tính trong Excel, kể cả dấu và khoảng trắng. Gợi ý của thông báo kể ra các trang tính có trong tệp. Không ghi `sheet` thì trang tính đầu tiên được dùng.",
        en: "`rows_from.sheet` names the sheet a table takes its figures from, and the workbook has no sheet of that name. The name must be exactly the one on Excel's sheet tab, marks and spaces included. The hint lists the workbook's sheets. Without `sheet`, the first sheet is used.",
    },
    fix: Tr {
        vi: "Ghi đúng tên trang tính như gợi ý, hoặc bỏ `sheet` để dùng trang tính đầu tiên.",
        en: "Give the sheet's name exactly as the hint lists it, or leave `sheet` out to use the first sheet.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        sheet: Sheet1
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        sheet: Số liệu
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
        },
    ],
};

/// `E-xlsx-range`
pub(super) const XLSX_RANGE: Explanation = Explanation {
    title: Tr {
        vi: "Vùng ô viết sai dạng",
        en: "A malformed cell range",
    },
    explanation: Tr {
        vi: "`rows_from.range` chọn vùng ô của trang tính mà bảng lấy, viết như trong Excel: ô góc trên bên trái, dấu hai chấm, ô góc dưới bên phải, ví dụ `A2:B3`. `A2-B3` (dấu gạch thay cho dấu hai chấm), `A2:B` hay `2:3` thì không phải một vùng ô.",
        en: "`rows_from.range` chooses the cells of the sheet a table takes, written as in Excel: the top-left cell, a colon, the bottom-right cell, e.g. `A2:B3`. `A2-B3` (a dash for the colon), `A2:B` or `2:3` is no range.",
    },
    fix: Tr {
        vi: "Viết vùng ô dạng `A2:B3`, hoặc bỏ `range` để lấy cả trang tính.",
        en: "Write the range as `A2:B3`, or leave `range` out to take the whole sheet.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A2-B3
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp | Số hộ
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A2:B3
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp | Số hộ
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
        },
    ],
};

/// `E-xlsx-formula`
pub(super) const XLSX_FORMULA: Explanation = Explanation {
    title: Tr {
        vi: "Ô công thức không có giá trị đã tính",
        en: "A formula cell without its computed value",
    },
    explanation: Tr {
        vi: "Công cụ đọc giá trị mà Excel đã tính và lưu cho mỗi ô (điều người dùng nhìn thấy trong Excel), không tự tính công thức. Ô này có công thức (trong ví dụ `=B1-25`) nhưng tệp không lưu kết quả: một số chương trình tạo tệp .xlsx không tính công thức khi lưu. Nếu bỏ qua, ô sẽ in trống.",
        en: "The tool reads the value Excel computed and stored for each cell (what Excel shows), and computes no formula itself. This cell holds a formula (`=B1-25` in the example) but the file stores no result: some programs that write .xlsx files compute no formula when they save. Skipped, the cell would print empty.",
    },
    fix: Tr {
        vi: "Mở tệp bằng Excel hoặc LibreOffice (chương trình sẽ tính lại công thức), lưu lại, rồi chạy lại.",
        en: "Open the file in Excel or LibreOffice (which computes the formulas again), save it, and run again.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | =B1-25
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
        },
    ],
};

/// `E-xlsx-cell-error`
pub(super) const XLSX_CELL_ERROR: Explanation = Explanation {
    title: Tr {
        vi: "Ô báo lỗi của bảng tính",
        en: "A cell holding a spreadsheet error",
    },
    explanation: Tr {
        vi: "Ô có giá trị lỗi của bảng tính, như `#DIV/0!` (chia cho 0), `#VALUE!`, `#REF!` hay `#N/A`, tức công thức của ô tính không ra. Ngày nằm ngoài khoảng năm 1899–9999 cũng được coi là lỗi, như Excel hiện `#######`. Ô như vậy không in vào báo cáo được.",
        en: "The cell holds a spreadsheet error value, such as `#DIV/0!` (division by zero), `#VALUE!`, `#REF!` or `#N/A`: its formula cannot be computed. A date outside the years 1899–9999 is an error too, which Excel shows as `#######`. Such a cell cannot print in the report.",
    },
    fix: Tr {
        vi: "Sửa công thức của ô trong bảng tính (hoặc nhập số liệu), lưu lại, rồi chạy lại.",
        en: "Fix the cell's formula in the spreadsheet (or type the figure in), save it, and run again.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 1}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 45.5
Ấp Tân Hòa | #DIV/0!
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 1}
      rows_from:
        file: tables/so-lieu.xlsx
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 45.5
Ấp Tân Hòa | 0
"#,
        },
    ],
};

/// `E-file-limit`
pub(super) const FILE_LIMIT: Explanation = Explanation {
    title: Tr {
        vi: "Tệp của bảng vượt giới hạn",
        en: "The file of a table is past a limit",
    },
    explanation: Tr {
        vi: "Bảng lấy từ tệp được giới hạn để một tệp hỏng hoặc quá lớn không làm treo máy: tối đa 100 cột, 100.000 dòng và 500.000 ô; với tệp XLSX, mỗi phần bên trong khi giải nén tối đa 64 MiB, cả tệp 256 MiB, 1.000.000 chuỗi dùng chung và 100.000 công thức dùng chung. Trong ví dụ, vùng ô `A1:DZ2` rộng 130 cột.",
        en: "A table's file is held to limits so that a damaged or huge file cannot stall the machine: at most 100 columns, 100,000 rows and 500,000 cells; for an XLSX file, each part inside it at most 64 MiB once inflated, the whole file 256 MiB, 1,000,000 shared strings and 100,000 shared formulas. In the example, the range `A1:DZ2` is 130 columns wide.",
    },
    fix: Tr {
        vi: "Ghi `range:` để chỉ lấy vùng ô của bảng cần in (ví dụ `A1:B2`); chia số liệu thành nhiều bảng; hoặc mở tệp bằng Excel hay LibreOffice, chỉ giữ bảng cần in rồi lưu lại.",
        en: "Give `range:` to take only the cells of the table to print (e.g. `A1:B2`); split the data into several tables; or open the file in Excel or LibreOffice, keep only the table to print, and save it again.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A1:DZ2
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - table:
      columns:
        - {width: 3}
        - {width: 1, decimals: 0}
      rows_from:
        file: tables/so-lieu.xlsx
        range: A1:B2
"#,
        },
        Snippet {
            path: "tables/so-lieu.xlsx",
            text: r#"
[Số liệu]
Ấp Tân Phú | 120
Ấp Tân Hòa | 95
"#,
        },
    ],
};

/// `E-appendix-ref`
pub(super) const APPENDIX_REF: Explanation = Explanation {
    title: Tr {
        vi: "Không có phụ lục được nhắc đến",
        en: "No appendix of that key",
    },
    explanation: Tr {
        vi: "Trong chữ của báo cáo, `[Phụ lục: khoa]` được in thành tên của phụ lục, \"Phụ lục I\", \"Phụ lục II\"… (hoặc \"Phụ lục\" khi chỉ có một). Khóa là tên tệp trong appendices/ bỏ số thứ tự đầu và đuôi .yaml: tệp appendices/01-ngan-sach.yaml có khóa `ngan-sach`. Tham chiếu này không khớp với phụ lục nào; gợi ý kể ra các khóa có.",
        en: "In a report's text, `[Phụ lục: key]` prints as the appendix's heading, \"Phụ lục I\", \"Phụ lục II\"… (or \"Phụ lục\" when there is only one). The key is the file's name in appendices/ without its leading order number and .yaml: appendices/01-ngan-sach.yaml has the key `ngan-sach`. This reference matches no appendix; the hint lists the keys there are.",
    },
    fix: Tr {
        vi: "Sửa khóa trong tham chiếu theo tên tệp của phụ lục, ở đây `[Phụ lục: ngan-sach]`.",
        en: "Correct the reference's key to the appendix's file name, here `[Phụ lục: ngan-sach]`.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: thu-chi]."
"#,
        },
        Snippet {
            path: "appendices/01-ngan-sach.yaml",
            text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: ngan-sach]."
"#,
        },
        Snippet {
            path: "appendices/01-ngan-sach.yaml",
            text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
        },
    ],
};

/// `W-appendix-unused`
pub(super) const APPENDIX_UNUSED: Explanation = Explanation {
    title: Tr {
        vi: "Phụ lục không được nhắc đến trong văn bản",
        en: "An appendix the text never refers to",
    },
    explanation: Tr {
        vi: "Văn bản có phụ lục kèm theo thì trong văn bản phải có chỉ dẫn về phụ lục đó (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.a). Không đoạn nào của báo cáo nhắc đến phụ lục này bằng `[Phụ lục: khoa]`. Đây là cảnh báo: phụ lục vẫn được in.",
        en: "A document with an appendix refers to it in its text (Decree 30/2020/ND-CP, Annex I, Part I, III.1.a). No paragraph of the report refers to this appendix with `[Phụ lục: key]`. It is a warning: the appendix still prints.",
    },
    fix: Tr {
        vi: "Nhắc đến phụ lục ở chỗ thích hợp, ví dụ \"(chi tiết tại [Phụ lục: ngan-sach])\"; đoạn có tham chiếu phải đặt trong dấu nháy kép vì có dấu `: `.",
        en: "Refer to the appendix where it belongs, e.g. \"(chi tiết tại [Phụ lục: ngan-sach])\"; the paragraph goes in double quotes, for the `: ` in it.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Thu ngân sách đạt 101,2% dự toán.
"#,
        },
        Snippet {
            path: "appendices/01-ngan-sach.yaml",
            text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt 101,2% dự toán (chi tiết tại [Phụ lục: ngan-sach])."
"#,
        },
        Snippet {
            path: "appendices/01-ngan-sach.yaml",
            text: r#"
title: Kết quả thu ngân sách năm 2021
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
        },
    ],
};

/// `E-orientation`
pub(super) const ORIENTATION: Explanation = Explanation {
    title: Tr {
        vi: "Hướng trang không hợp lệ",
        en: "An orientation that is not valid",
    },
    explanation: Tr {
        vi: "`orientation` của một phụ lục (hoặc `layout.orientation` của báo cáo) là `portrait` (trang dọc, mặc định) hoặc `landscape` (trang ngang, cho bảng rộng). Các giá trị khác, như `ngang`, không được nhận.",
        en: "The `orientation` of an appendix (or the report's `layout.orientation`) is `portrait` (the default) or `landscape` (for wide tables). Other values, such as `ngang` (\"across\"), are not taken.",
    },
    fix: Tr {
        vi: "Viết `portrait` hoặc `landscape`.",
        en: "Write `portrait` or `landscape`.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: ngan-sach]."
"#,
        },
        Snippet {
            path: "appendices/01-ngan-sach.yaml",
            text: r#"
title: Kết quả thu ngân sách năm 2021
orientation: ngang
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Kết quả thu ngân sách chi tiết tại [Phụ lục: ngan-sach]."
"#,
        },
        Snippet {
            path: "appendices/01-ngan-sach.yaml",
            text: r#"
title: Kết quả thu ngân sách năm 2021
orientation: landscape
body:
  - Thu ngân sách đạt 101,2% dự toán.
"#,
        },
    ],
};
