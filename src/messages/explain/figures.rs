//! The explanations of the codes of named figures and earlier periods: for each code its
//! title, explanation and fix in every language side by side, and its example.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `E-figure-undefined`
pub(super) const FIGURE_UNDEFINED: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu chưa được định nghĩa",
        en: "Figure not defined",
    },
    explanation: Tr {
        vi: "`[=ten]` trong chữ in ra giá trị của số liệu có tên `ten`, định nghĩa dưới `figures:` của report.yaml, của một tệp lĩnh vực hay phụ lục, hoặc lấy từ một bảng. Tham chiếu này không tìm thấy số liệu nào như vậy, thường do gõ sai tên.",
        en: "`[=name]` in the text prints the value of the figure named `name`, defined under `figures:` of report.yaml, of a sector or appendix file, or taken from a table. This reference finds no such figure, usually because the name is misspelt.",
    },
    fix: Tr {
        vi: "Thêm `ten: <số>` vào `figures:`, hoặc sửa tên trong tham chiếu cho khớp với tên đã định nghĩa.",
        en: "Add `name: <number>` under `figures:`, or correct the name in the reference to a defined one.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo-cu: 96
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 96
"#,
    }],
};

/// `W-figure-unused`
pub(super) const FIGURE_UNUSED: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu được định nghĩa nhưng không được dùng",
        en: "Figure defined but never used",
    },
    explanation: Tr {
        vi: "Số liệu có tên dưới `figures:` nhưng không đoạn văn, bảng hay số liệu nào khác dùng nó. Thường là số trong câu được gõ tay thay vì dùng `[=ten]`, nên số trong câu có thể lệch với số liệu đã định nghĩa. Đây là cảnh báo.",
        en: "A figure is named under `figures:` but no paragraph, table or other figure uses it. Usually the sentence has the number typed by hand instead of `[=name]`, so the two can drift apart. It is a warning.",
    },
    fix: Tr {
        vi: "Dùng `[=ten]` ở chỗ in số đó, hoặc xóa định nghĩa.",
        en: "Use `[=name]` where the number prints, or delete the definition.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 96 hộ nghèo.
figures:
  ho-ngheo: 96
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 96
"#,
    }],
};

/// `E-figure-twice`
pub(super) const FIGURE_TWICE: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu được định nghĩa hai lần",
        en: "Figure defined twice",
    },
    explanation: Tr {
        vi: "Tên số liệu là chung cho cả báo cáo, để `[=ten]` ở bất cứ đâu đều chỉ một số duy nhất. Hai tệp lĩnh vực cùng định nghĩa một tên (như `ty-le`) thì công cụ không biết dùng số nào.",
        en: "Figure names are shared by the whole report, so that `[=name]` anywhere means one number. When two sector files define the same name (such as `ty-le`), the tool cannot tell which to use.",
    },
    fix: Tr {
        vi: "Đổi tên một trong hai số liệu (và các tham chiếu của nó) cho rõ nghĩa, như `ty-le-thu`, `ty-le-van-hoa`.",
        en: "Rename one of the two figures (and its references) to say what it is, such as `ty-le-thu`, `ty-le-van-hoa`.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt [=ty-le] dự toán."
figures:
  ty-le: {percent: [thuc-hien, du-toan]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
        },
        Snippet {
            path: "sectors/02-van-hoa-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - "Tỷ lệ hộ gia đình văn hóa đạt [=ty-le]."
figures:
  ty-le: {percent: [ho-van-hoa, tong-so-ho]}
  ho-van-hoa: 1820
  tong-so-ho: 1950
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
      - "Thu ngân sách đạt [=ty-le-thu] dự toán."
figures:
  ty-le-thu: {percent: [thuc-hien, du-toan]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
        },
        Snippet {
            path: "sectors/02-van-hoa-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - "Tỷ lệ hộ gia đình văn hóa đạt [=ty-le-van-hoa]."
figures:
  ty-le-van-hoa: {percent: [ho-van-hoa, tong-so-ho]}
  ho-van-hoa: 1820
  tong-so-ho: 1950
"#,
        },
    ],
};

/// `E-figure-name`
pub(super) const FIGURE_NAME: Explanation = Explanation {
    title: Tr {
        vi: "Tên số liệu sai dạng",
        en: "Malformed figure name",
    },
    explanation: Tr {
        vi: "Tên số liệu chỉ gồm chữ thường không dấu (a–z), chữ số, `-` và `_`, như `ho-ngheo`. Tên có dấu tiếng Việt, chữ hoa hay dấu cách, như `hộ nghèo`, thì không tham chiếu được bằng `[=…]`; thường đi kèm lỗi `E-figure-undefined` ở tham chiếu. Các tên `ky-tu-ngay` và `ky-den-ngay` được dành cho thời gian chốt số liệu của kỳ báo cáo (`period`), nên cũng không đặt cho số liệu khác được.",
        en: "A figure's name is lower-case letters without marks (a–z), digits, `-` and `_` only, such as `ho-ngheo`. A name with Vietnamese marks, capitals or spaces, such as `hộ nghèo`, cannot be referred to with `[=…]`; it usually comes with `E-figure-undefined` at the reference. The names `ky-tu-ngay` and `ky-den-ngay` are kept for the data cut-off of the reporting period (`period`), so no other figure may take them.",
    },
    fix: Tr {
        vi: "Viết lại tên bằng chữ thường không dấu, số và `-`, giống hệt tên trong tham chiếu; chọn tên khác nếu tên đó được dành riêng.",
        en: "Write the name in lower-case letters without marks, digits and `-`, exactly as the reference has it; choose another if the name is kept.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  hộ nghèo: 96
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 96
"#,
    }],
};

/// `E-figure`
pub(super) const FIGURE: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu định nghĩa sai cách",
        en: "A figure defined the wrong way",
    },
    explanation: Tr {
        vi: "Một số liệu là một số (`ho-ngheo: 96`), hoặc một nhóm khóa với đúng một trong: `value` (giá trị), `sum` (tổng các số liệu), `difference` (hiệu), `ratio` (tỷ số), `percent` (tỷ lệ phần trăm), `multiply` (nhân với `by`), `change` (so với kỳ trước). `difference`, `ratio` và `percent` cần đúng hai tên số liệu: số thứ nhất trừ hoặc chia cho số thứ hai. Trong ví dụ, `percent` chỉ có một tên.",
        en: "A figure is a number (`ho-ngheo: 96`), or a mapping with exactly one of `value`, `sum` (of figures), `difference`, `ratio`, `percent`, `multiply` (by `by`), `change` (since an earlier period). `difference`, `ratio` and `percent` take exactly two figure names: the first minus, or divided by, the second. In the example, `percent` has one name.",
    },
    fix: Tr {
        vi: "Ghi đúng một phép tính với đủ số liệu, ví dụ `{percent: [thuc-hien, du-toan]}`.",
        en: "Give exactly one computation with all its figures, e.g. `{percent: [thuc-hien, du-toan]}`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt [=ty-le] dự toán."
figures:
  ty-le: {percent: [thuc-hien]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Thu ngân sách đạt [=ty-le] dự toán."
figures:
  ty-le: {percent: [thuc-hien, du-toan]}
  thuc-hien: 18318.8
  du-toan: 18400
"#,
    }],
};

/// `E-figure-cycle`
pub(super) const FIGURE_CYCLE: Explanation = Explanation {
    title: Tr {
        vi: "Các số liệu tính vòng tròn",
        en: "Figures computed in a circle",
    },
    explanation: Tr {
        vi: "Một số liệu được tính từ các số liệu khác, và không được quay lại tính từ chính nó. Trong ví dụ, `tong-thu` là tổng có `thu-khac`, còn `thu-khac` lại là hiệu có `tong-thu`: không số nào tính được trước. Thông báo kể ra cả vòng.",
        en: "A figure is computed from others, and cannot come back to itself. In the example, `tong-thu` is a sum with `thu-khac` in it, and `thu-khac` a difference with `tong-thu` in it: neither can be computed first. The message shows the whole circle.",
    },
    fix: Tr {
        vi: "Ghi thẳng giá trị của một số liệu trong vòng (ở đây `thu-khac`), hoặc sửa một phép tính cho hết vòng.",
        en: "Give one figure of the circle its value (here `thu-khac`), or change one computation to break the circle.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] triệu đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-khac: {difference: [tong-thu, thu-thue]}
  thu-thue: 2150
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] triệu đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-khac: 236.5
  thu-thue: 2150
"#,
    }],
};

/// `E-figure-zero`
pub(super) const FIGURE_ZERO: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu chia cho 0",
        en: "A figure divides by zero",
    },
    explanation: Tr {
        vi: "Một `ratio` hoặc `percent` chia cho một số liệu bằng 0 (trong ví dụ, kế hoạch là 0), nên không tính được.",
        en: "A `ratio` or `percent` divides by a figure that is 0 (in the example, the plan is 0), so it cannot be computed.",
    },
    fix: Tr {
        vi: "Kiểm tra số liệu ở mẫu số (số thứ hai).",
        en: "Check the figure in the denominator (the second one).",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach]}
  da-xong: 21
  ke-hoach: 0
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach]}
  da-xong: 21
  ke-hoach: 28
"#,
    }],
};

/// `E-figure-overflow`
pub(super) const FIGURE_OVERFLOW: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu vượt giới hạn tính chính xác",
        en: "A figure past exact arithmetic",
    },
    explanation: Tr {
        vi: "Số liệu được tính bằng số thập phân chính xác, tối đa 28 chữ số có nghĩa, để `0,1 + 0,2` đúng là `0,3` và các tổng không lệch. Một giá trị hoặc một kết quả vượt quá giới hạn đó, như `2.150e30` trong ví dụ (2.150 nhân 10 mũ 30): không có số liệu hành chính nào lớn đến vậy, thường do gõ nhầm hoặc chép từ bảng tính ở dạng số mũ.",
        en: "Figures are computed in exact decimals, at most 28 significant digits, so that `0,1 + 0,2` is exactly `0,3` and totals never drift. A value or a result is past that limit, like the `2.150e30` of the example (2,150 times ten to the 30th): no administrative figure is that large; it is a typo, or copied from a spreadsheet in exponent form.",
    },
    fix: Tr {
        vi: "Kiểm tra lại giá trị, và viết số đầy đủ, không dùng dạng số mũ `e`.",
        en: "Check the value, and write the number out, without the exponent form `e`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-thue: 2.150e30
  thu-khac: 236500000
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Tổng thu đạt [=tong-thu] đồng."
figures:
  tong-thu: {sum: [thu-thue, thu-khac]}
  thu-thue: 2150000000
  thu-khac: 236500000
"#,
    }],
};

/// `E-figure-decimals`
pub(super) const FIGURE_DECIMALS: Explanation = Explanation {
    title: Tr {
        vi: "Số chữ số thập phân không hợp lệ",
        en: "Decimals that are not valid",
    },
    explanation: Tr {
        vi: "`decimals` của một số liệu (hoặc của một cột, một ô) là số chữ số sau dấu phẩy khi in, một số nguyên từ 0 đến 6. Giá trị khác, như `9` trong ví dụ, không được nhận.",
        en: "The `decimals` of a figure (or of a column, or a cell) is the number of digits printed after the decimal comma, a whole number from 0 to 6. Another value, such as the `9` of the example, is not taken.",
    },
    fix: Tr {
        vi: "Ghi `decimals` từ 0 đến 6, ví dụ `decimals: 1` cho tỷ lệ phần trăm.",
        en: "Give `decimals` from 0 to 6, e.g. `decimals: 1` for a percentage.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach], decimals: 9}
  da-xong: 21
  ke-hoach: 28
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã hoàn thành [=ty-le] kế hoạch."
figures:
  ty-le: {percent: [da-xong, ke-hoach], decimals: 1}
  da-xong: 21
  ke-hoach: 28
"#,
    }],
};

/// `E-table-figure`
pub(super) const TABLE_FIGURE: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu lấy từ bảng không đúng",
        en: "A figure taken from a table the wrong way",
    },
    explanation: Tr {
        vi: "`figures:` của một bảng đặt tên cho một ô (`{row: …, column: …}`: ô ở cột `column` của dòng có cột STT hoặc cột đầu là `row`) hoặc cho một số đếm dòng (`{count: …}`), và `total_figure` của một cột đặt tên cho tổng của cột. Lỗi này báo: không dòng nào (hoặc nhiều hơn một dòng) có khóa `row` đó, như \"Làm đường mới\" trong ví dụ; bảng không có cột đó; ô không chứa số; số liệu vừa là ô vừa là số đếm, hoặc có hai điều kiện; hoặc tổng của một cột có ô chữ.",
        en: "A table's `figures:` names a cell (`{row: …, column: …}`: the cell in column `column` of the row whose number (STT) or first column says `row`) or a count of rows (`{count: …}`), and a column's `total_figure` names its total. This error is: no row (or more than one) has that `row` key, such as \"Làm đường mới\" in the example; the table has no such column; the cell holds no number; the figure is both a cell and a count, or has two conditions; or the total of a column holds a text cell.",
    },
    fix: Tr {
        vi: "Ghi `row` đúng chữ ở cột STT hoặc cột đầu của dòng (ở đây `\"1\"`), `column` là số thứ tự cột đếm từ 1, và chọn ô của một cột số.",
        en: "Give `row` as the row's number (STT) or first column says it exactly (here `\"1\"`), `column` as the column's number from 1, and pick a cell of a number column.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã làm mới [=km-duong] km đường giao thông nông thôn."
      - table:
          columns: [{width: 1}, {width: 4}, {width: 2, decimals: 3}]
          rows:
            - [1, Làm đường, "1,235"]
            - [2, Nạo vét kênh, "0,800"]
          figures:
            km-duong: {row: "Làm đường mới", column: 3}
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Đã làm mới [=km-duong] km đường giao thông nông thôn."
      - table:
          columns: [{width: 1}, {width: 4}, {width: 2, decimals: 3}]
          rows:
            - [1, Làm đường, "1,235"]
            - [2, Nạo vét kênh, "0,800"]
          figures:
            km-duong: {row: "1", column: 3}
"#,
    }],
};

/// `W-ratio`
pub(super) const RATIO: Explanation = Explanation {
    title: Tr {
        vi: "Tỷ lệ ghi trong câu khác với tỷ số đứng trước",
        en: "A percentage in the sentence unlike the ratio before it",
    },
    explanation: Tr {
        vi: "Câu có một tỷ số như \"21/28\" và một tỷ lệ phần trăm như \"đạt 80%\", nhưng 21 chia 28 là 75%, khác 80% nhiều hơn mức làm tròn của các chữ số đã viết. Một trong hai số có lẽ bị gõ nhầm. Đây là cảnh báo, vì công cụ đọc số trong câu chữ chứ không biết chắc ý người viết.",
        en: "The sentence has a ratio such as \"21/28\" and a percentage such as \"đạt 80%\", but 21 divided by 28 is 75%, further from 80% than the rounding of the digits written allows. One of the two is probably mistyped. It is a warning, since the tool reads numbers in prose and cannot be sure what the writer meant.",
    },
    fix: Tr {
        vi: "Kiểm tra lại tỷ số hoặc tỷ lệ; hoặc để công cụ tính: định nghĩa `{percent: [da-xong, ke-hoach]}` dưới `figures:` và viết `[=ty-le]` trong câu.",
        en: "Check the ratio or the percentage; or let the tool compute it: define `{percent: [da-xong, ke-hoach]}` under `figures:` and write `[=ty-le]` in the sentence.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đến nay đã hoàn thành 21/28 nhiệm vụ theo kế hoạch, đạt 80%.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đến nay đã hoàn thành 21/28 nhiệm vụ theo kế hoạch, đạt 75%.
"#,
    }],
};

/// `W-parts`
pub(super) const PARTS: Explanation = Explanation {
    title: Tr {
        vi: "Các phần cộng lại không bằng tổng",
        en: "Parts that do not add up to their total",
    },
    explanation: Tr {
        vi: "Câu nêu một tổng rồi kể các phần của nó, trong ngoặc đơn (\"21 người (10 cán bộ, 12 công chức)\") hoặc sau chữ \"trong đó\" (\"tổng số 1.245 hồ sơ, trong đó: 812 …; 423 …\"), nhưng các phần cộng lại không bằng tổng (10 + 12 = 22, không phải 21). Một số có lẽ bị gõ nhầm. Đây là cảnh báo.",
        en: "The sentence gives a total and then its parts, in parentheses (\"21 người (10 cán bộ, 12 công chức)\") or after \"trong đó\" (\"of which\": \"tổng số 1.245 hồ sơ, trong đó: 812 …; 423 …\"), but the parts do not add up to the total (10 + 12 = 22, not 21). One number is probably mistyped. It is a warning.",
    },
    fix: Tr {
        vi: "Kiểm tra lại tổng hoặc các phần; hoặc để công cụ tính: định nghĩa `{sum: [can-bo, cong-chuc]}` dưới `figures:` và viết `[=tong-so]` trong câu.",
        en: "Check the total or the parts; or let the tool compute it: define `{sum: [can-bo, cong-chuc]}` under `figures:` and write `[=tong-so]` in the sentence.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Tổng số cán bộ, công chức xã hiện có 21 người (10 cán bộ, 12 công chức).
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Tổng số cán bộ, công chức xã hiện có 22 người (10 cán bộ, 12 công chức).
"#,
    }],
};

/// `W-separators`
pub(super) const SEPARATORS: Explanation = Explanation {
    title: Tr {
        vi: "Số dùng dấu phẩy ngăn cách hàng nghìn",
        en: "A number grouping thousands with a comma",
    },
    explanation: Tr {
        vi: "Số viết theo cách Việt Nam dùng dấu chấm ngăn hàng nghìn và dấu phẩy trước phần thập phân: \"1.245\" là một nghìn hai trăm bốn mươi lăm, \"4,2\" là bốn phẩy hai. Báo cáo này viết số theo cách đó, nhưng có một số như \"1,245\" (cách viết tiếng Anh, thường do chép từ bảng tính), mà người đọc sẽ hiểu là một phẩy hai bốn năm. Đây là cảnh báo.",
        en: "Numbers written the Vietnamese way group thousands with dots and put a comma before decimals: \"1.245\" is twelve hundred and forty-five, \"4,2\" four point two. This report writes numbers so, but has one such as \"1,245\" (the English way, usually copied from a spreadsheet), which a reader takes for one point two four five. It is a warning.",
    },
    fix: Tr {
        vi: "Viết lại theo cách Việt Nam, ở đây \"1.245\".",
        en: "Write it the Vietnamese way, here \"1.245\".",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đã giải quyết 1.231 hồ sơ đúng hạn.
      - Tiếp nhận trực tuyến 1,245 hồ sơ.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Đã giải quyết 1.231 hồ sơ đúng hạn.
      - Tiếp nhận trực tuyến 1.245 hồ sơ.
"#,
    }],
};

/// `E-previous`
pub(super) const PREVIOUS: Explanation = Explanation {
    title: Tr {
        vi: "Thư mục kỳ trước không hợp lệ",
        en: "The earlier period's folder is not valid",
    },
    explanation: Tr {
        vi: "`previous` (kỳ trước) và `previous_year` (cùng kỳ năm trước) trong report.yaml ghi thư mục dữ liệu của kỳ để so sánh số liệu (`change`). Thư mục đó phải nằm cạnh thư mục dữ liệu này và được viết là `../TEN`, như `../2021-03`: công cụ không đọc thư mục nào khác, để một thư mục dữ liệu không đọc được các tệp khác của máy. Lỗi này cũng báo một thư mục `../TEN` không có hoặc không có report.yaml.",
        en: "`previous` (the previous period) and `previous_year` (the same period last year) in report.yaml name the data folder of the period that figures are compared with (`change`). That folder lies beside this data folder and is written `../NAME`, such as `../2021-03`: the tool reads no other folder, so that a data folder cannot read the machine's other files. The error is also a `../NAME` folder that is not there or has no report.yaml.",
    },
    fix: Tr {
        vi: "Viết `../TEN`, với TEN là tên thư mục của kỳ trước nằm cùng chỗ với thư mục này, ví dụ `previous: ../2021-03`.",
        en: "Write `../NAME`, NAME being the previous period's folder beside this one, e.g. `previous: ../2021-03`.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
previous: data/2021-03
"#,
        },
        Snippet {
            path: "../2021-03/report.yaml",
            text: r#"
date: 2021-03-29
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
previous: ../2021-03
"#,
        },
        Snippet {
            path: "../2021-03/report.yaml",
            text: r#"
date: 2021-03-29
"#,
        },
    ],
};

/// `E-previous-errors`
pub(super) const PREVIOUS_ERRORS: Explanation = Explanation {
    title: Tr {
        vi: "Thư mục kỳ so sánh còn lỗi",
        en: "The earlier period's folder has errors",
    },
    explanation: Tr {
        vi: "Thư mục của kỳ trước được đọc và kiểm tra như thư mục này. Nó còn lỗi (thông báo nêu lỗi đầu tiên, ở đây ngày viết sai dạng), nên số liệu của nó không được dùng để so sánh: một con số \"tăng, giảm so với kỳ trước\" tính từ dữ liệu có lỗi có thể sai.",
        en: "The previous period's folder is read and checked as this one is. It has errors (the message names the first, here a malformed date), so its figures are not used for comparisons: an \"up, down since the previous period\" computed from data with errors could be wrong.",
    },
    fix: Tr {
        vi: "Chạy `report check` cho thư mục kỳ trước và sửa các lỗi ở đó.",
        en: "Run `report check` on the earlier folder and fix its errors.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
previous: ../2021-03
"#,
        },
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
        },
        Snippet {
            path: "../2021-03/report.yaml",
            text: r#"
date: 31/03/2021
"#,
        },
        Snippet {
            path: "../2021-03/sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 102
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
previous: ../2021-03
"#,
        },
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
        },
        Snippet {
            path: "../2021-03/report.yaml",
            text: r#"
date: 2021-03-31
"#,
        },
        Snippet {
            path: "../2021-03/sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 102
"#,
        },
    ],
};

/// `E-figure-change`
pub(super) const FIGURE_CHANGE: Explanation = Explanation {
    title: Tr {
        vi: "Không so sánh được với kỳ trước",
        en: "No comparison with the earlier period",
    },
    explanation: Tr {
        vi: "Số liệu `{change: ten}` in ra mức tăng, giảm của số liệu `ten` so với kỳ trước (hoặc cùng kỳ năm trước với `with: previous_year`), \"tăng 8,7%\" hay \"giảm 06 hộ\" (`as: amount`). Lỗi này báo: report.yaml không ghi thư mục của kỳ đó (`previous:`), như trong ví dụ; kỳ đó không có số liệu `ten`; hoặc `with`, `as` có giá trị khác `previous`, `previous_year`, `percent`, `amount`. Công cụ không bao giờ coi số liệu thiếu là 0.",
        en: "A figure `{change: name}` prints how much the figure `name` went up or down since the previous period (or the same period last year, with `with: previous_year`), \"tăng 8,7%\" or \"giảm 06 hộ\" (`as: amount`). This error is: report.yaml names no folder for that period (`previous:`), as in the example; that period has no figure `name`; or `with`, `as` is not `previous`, `previous_year`, `percent`, `amount`. The tool never takes a missing figure for 0.",
    },
    fix: Tr {
        vi: "Thêm `previous: ../TEN` vào report.yaml (thư mục kỳ trước nằm cạnh thư mục này, có số liệu cùng tên), hoặc sửa `with`, `as`.",
        en: "Add `previous: ../NAME` to report.yaml (the earlier folder beside this one, with a figure of the same name), or correct `with`, `as`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
    }],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
previous: ../2021-03
"#,
        },
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo, [=giam] so với kỳ trước."
figures:
  ho-ngheo: 96
  giam: {change: ho-ngheo, as: amount, unit: hộ}
"#,
        },
        Snippet {
            path: "../2021-03/sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] hộ nghèo."
figures:
  ho-ngheo: 102
"#,
        },
    ],
};

/// `W-sector-unchanged`
pub(super) const SECTOR_UNCHANGED: Explanation = Explanation {
    title: Tr {
        vi: "Tệp lĩnh vực giống hệt kỳ trước",
        en: "A sector file unchanged since the earlier period",
    },
    explanation: Tr {
        vi: "Tệp lĩnh vực này giống hệt từng byte tệp cùng tên trong thư mục kỳ trước (`previous`). Khi tạo kỳ mới bằng `report init --from`, nội dung kỳ trước được chép sang để sửa; tệp giống hệt nghĩa là có lẽ chưa được cập nhật, và số liệu của kỳ trước vẫn còn. Đây là cảnh báo.",
        en: "This sector file is byte for byte the file of the same name in the previous period's folder (`previous`). `report init --from` copies the previous period's content into a new period to be edited; an identical file was probably never updated, and last period's figures are still there. It is a warning.",
    },
    fix: Tr {
        vi: "Cập nhật nội dung và số liệu của kỳ này.",
        en: "Update the content and figures for this period.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
previous: ../2021-03
"#,
        },
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 102 hộ nghèo.
"#,
        },
        Snippet {
            path: "../2021-03/sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 102 hộ nghèo.
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
previous: ../2021-03
"#,
        },
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 96 hộ nghèo.
"#,
        },
        Snippet {
            path: "../2021-03/sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Toàn xã còn 102 hộ nghèo.
"#,
        },
    ],
};
