//! The explanations of the codes of a synthesis (`synthesis:` in report.yaml): its list
//! of units, their folders, the figures gathered across them, and the units that have not
//! reported, fail or are late; for each code its title, explanation and fix in every
//! language side by side, and its example. Each example is a synthesis folder beside its
//! units' folders (`../30226/`), as the pattern `../{ma}` finds them.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `E-units-list`
pub(super) const UNITS_LIST: Explanation = Explanation {
    title: Tr {
        vi: "Danh sách đơn vị không đọc được",
        en: "The list of units cannot be read",
    },
    explanation: Tr {
        vi: "Báo cáo tổng hợp (có `synthesis:` trong report.yaml) đọc danh sách đơn vị từ tệp CSV `synthesis.units` trong thư mục dữ liệu: dòng đầu là tiêu đề `ma,ten,nhom`, mỗi dòng sau một đơn vị với mã đơn vị hành chính (Quyết định 19/2025/QĐ-TTg), tên và nhóm (không bắt buộc). Lỗi này báo tệp không có hoặc nằm ngoài thư mục, thiếu dòng tiêu đề (như ví dụ), một dòng thiếu mã hay tên, một mã không phải chữ số hoặc ghi hai lần. Danh sách là dữ liệu có ngày hiệu lực (các đơn vị còn được sắp xếp lại), nên công cụ không giữ sẵn danh sách nào.",
        en: "A synthesis (report.yaml with `synthesis:`) reads its list of units from the CSV file `synthesis.units` in the data folder: a header `ma,ten,nhom`, then one unit per row with its administrative unit code (Decision 19/2025/QĐ-TTg), its name and an optional group. This error is a file that is not there or lies outside the folder, a missing header (as in the example), a row without code or name, a code that is not digits or is listed twice. The list is data with a date (units are rearranged again), so the tool keeps no list of its own.",
    },
    fix: Tr {
        vi: "Sửa tệp danh sách theo thông báo: thêm dòng tiêu đề, ghi đủ mã và tên cho mỗi dòng, mỗi đơn vị một dòng.",
        en: "Correct the list as the message says: add the header, give each row its code and name, list each unit once.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
    ],
};

/// `E-units-folders`
pub(super) const UNITS_FOLDERS: Explanation = Explanation {
    title: Tr {
        vi: "Nơi đặt thư mục của đơn vị không chỉ ra đơn vị",
        en: "The units' folder pattern names no unit",
    },
    explanation: Tr {
        vi: "`synthesis.folders` cho biết thư mục dữ liệu kỳ này của mỗi đơn vị, tính từ thư mục tổng hợp, với các tên được thay bằng thông tin của từng đơn vị: `{ma}` (mã đơn vị), `{ten}` (tên như viết), `{slug}` (tên riêng không dấu, chữ thường, nối bằng \"-\": Xã Lai Vung → lai-vung). Nơi đặt ở ví dụ không có tên nào như vậy, nên mọi đơn vị sẽ cùng một thư mục; một tên khác trong `{…}` cũng là lỗi.",
        en: "`synthesis.folders` gives each unit's data folder for the period, from the synthesis folder, with names replaced by each unit's: `{ma}` (its code), `{ten}` (its name as written), `{slug}` (its own name without marks, in small letters, joined by \"-\": Xã Lai Vung → lai-vung). The pattern of the example has none of them, so every unit would have the same folder; another name in `{…}` is an error too.",
    },
    fix: Tr {
        vi: "Đưa `{ma}`, `{ten}` hoặc `{slug}` vào nơi đặt, như các thư mục của đơn vị được đặt tên, ví dụ `../xa/{ma}-{slug}/2025-q4`.",
        en: "Put `{ma}`, `{ten}` or `{slug}` into the pattern as the units' folders are named, e.g. `../xa/{ma}-{slug}/2025-q4`.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../30226"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
    ],
};

/// `E-units-figure`
pub(super) const UNITS_FIGURE: Explanation = Explanation {
    title: Tr {
        vi: "Số liệu tổng hợp từ các đơn vị không tính được",
        en: "A figure across the units cannot be computed",
    },
    explanation: Tr {
        vi: "Trong báo cáo tổng hợp, một số liệu dưới `figures:` có thể gộp số liệu cùng tên của các đơn vị: `{units: sum}` (tổng), `count` (số đơn vị có số liệu), `min`, `max`, `mean` (bình quân) hoặc `share` (tỷ lệ % đơn vị có số liệu khác 0); `of:` ghi tên số liệu của đơn vị khi khác tên. Lỗi này báo một cách gộp không có (như `tong` trong ví dụ), `units:` trong báo cáo không phải tổng hợp, không đơn vị nào có số liệu đó, hoặc phép cộng các tỷ lệ phần trăm, vốn không có nghĩa.",
        en: "In a synthesis, a figure under `figures:` can gather the units' figures of the same name: `{units: sum}`, `count` (the units that have it), `min`, `max`, `mean` or `share` (the % of units whose figure is not zero); `of:` names the units' figure when its name differs. This error is an aggregate that does not exist (like `tong` in the example), `units:` in a report that is not a synthesis, no unit with that figure, or a sum of percentages, which means nothing.",
    },
    fix: Tr {
        vi: "Viết một trong sum, count, min, max, mean, share; kiểm tra tên số liệu của các đơn vị; với tỷ lệ, dùng `mean` hoặc tính lại từ các tổng.",
        en: "Write one of sum, count, min, max, mean, share; check the units' figure name; for a percentage, use `mean` or compute it again from sums.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {units: tong}
models:
  - body:
      - "Toàn tỉnh còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 120, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {units: sum}
models:
  - body:
      - "Toàn tỉnh còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 120, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
    ],
};

/// `E-units-measure`
pub(super) const UNITS_MEASURE: Explanation = Explanation {
    title: Tr {
        vi: "Các đơn vị ghi một số liệu theo đơn vị tính khác nhau",
        en: "Units write one figure in different measures",
    },
    explanation: Tr {
        vi: "Số liệu cùng tên của các đơn vị được gộp lại, nên phải cùng một đơn vị tính: cùng là số hộ, cùng là triệu đồng, hay cùng là tỷ lệ %. Ở ví dụ, Xã Tân Thành ghi `ho-ngheo` là tỷ lệ % trong khi Xã Lai Vung ghi số hộ: cộng hai số này cho một con số sai. Lỗi được báo tại tệp của đơn vị ghi khác, và số liệu tổng hợp không được tính.",
        en: "The units' figures of one name are gathered, so they must share one measure: all households, all millions of đồng, or all percentages. In the example, Xã Tân Thành writes `ho-ngheo` as a percentage while Xã Lai Vung writes a count of households: adding them gives a wrong number. The error is at the file of the unit that differs, and the synthesis figure is not computed.",
    },
    fix: Tr {
        vi: "Sửa tại báo cáo của đơn vị cho cùng đơn vị tính với các đơn vị khác, hoặc đặt tên khác cho số liệu khác nghĩa.",
        en: "Correct the unit's report to the measure of the others, or give the figure of another meaning another name.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
30001,Xã Tân Thành,xã
"#,
        },
        Snippet {
            path: "sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {units: sum}
models:
  - body:
      - "Toàn tỉnh còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 120, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30001/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 4.5, unit: "%"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
30001,Xã Tân Thành,xã
"#,
        },
        Snippet {
            path: "sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {units: sum}
models:
  - body:
      - "Toàn tỉnh còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 120, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30001/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 85, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
    ],
};

/// `W-units-lacking`
pub(super) const UNITS_LACKING: Explanation = Explanation {
    title: Tr {
        vi: "Đơn vị đã báo cáo nhưng thiếu số liệu",
        en: "Units reported without a figure",
    },
    explanation: Tr {
        vi: "Một số liệu tổng hợp chỉ gộp các đơn vị có số liệu đó. Đơn vị đã báo cáo mà không có số liệu (như Xã Tân Thành trong ví dụ) không được tính là 0: công cụ kể tên các đơn vị này để người tổng hợp biết con số thiếu ai. Đây là cảnh báo; --deny-warnings dừng lại.",
        en: "A synthesis figure gathers only the units that have that figure. A unit that reported without it (like Xã Tân Thành in the example) is not counted as zero: the tool names these units so that whoever compiles knows who the number leaves out. It is a warning; --deny-warnings stops.",
    },
    fix: Tr {
        vi: "Đề nghị đơn vị bổ sung số liệu vào báo cáo của mình, hoặc nêu rõ trong văn bản tổng hợp.",
        en: "Ask the unit to add the figure to its report, or say so in the synthesis.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
30001,Xã Tân Thành,xã
"#,
        },
        Snippet {
            path: "sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {units: sum}
models:
  - body:
      - "Toàn tỉnh còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 120, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30001/report.yaml",
            text: r#"
place: Tân Thành
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
30001,Xã Tân Thành,xã
"#,
        },
        Snippet {
            path: "sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {units: sum}
models:
  - body:
      - "Toàn tỉnh còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 120, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
        Snippet {
            path: "../30001/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 85, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
    ],
};

/// `W-unit-missing`
pub(super) const UNIT_MISSING: Explanation = Explanation {
    title: Tr {
        vi: "Đơn vị chưa báo cáo",
        en: "A unit has not reported",
    },
    explanation: Tr {
        vi: "Mỗi đơn vị trong danh sách có thư mục dữ liệu kỳ này ở nơi `synthesis.folders` chỉ ra. Không có thư mục đó (có report.yaml) nghĩa là đơn vị chưa gửi báo cáo. Báo cáo tổng hợp vẫn được dựng với các đơn vị đã có, và kể tên đơn vị thiếu; `report status` liệt kê tình trạng mọi đơn vị. Đây là cảnh báo; --deny-warnings dừng lại khi còn đơn vị chưa báo cáo.",
        en: "Each unit of the list has its data folder for the period where `synthesis.folders` says. No such folder (with a report.yaml) means the unit has not sent its report. The synthesis is still built with the units there are, and names the missing one; `report status` lists every unit's state. It is a warning; --deny-warnings stops while a unit has not reported.",
    },
    fix: Tr {
        vi: "Nhận báo cáo của đơn vị và đặt thư mục dữ liệu của đơn vị vào đúng chỗ, hoặc kiểm tra lại nơi đặt và mã, tên của đơn vị.",
        en: "Get the unit's report and put its data folder in its place, or check the pattern and the unit's code and name.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
30001,Xã Tân Thành,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
30001,Xã Tân Thành,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
        Snippet {
            path: "../30001/report.yaml",
            text: r#"
place: Tân Thành
"#,
        },
    ],
};

/// `W-unit-failing`
pub(super) const UNIT_FAILING: Explanation = Explanation {
    title: Tr {
        vi: "Dữ liệu của đơn vị có lỗi",
        en: "A unit's data has errors",
    },
    explanation: Tr {
        vi: "Thư mục của mỗi đơn vị được đọc và kiểm tra như một báo cáo riêng. Thư mục ở ví dụ có lỗi (thông báo nêu lỗi đầu tiên, ở đây một số liệu chưa định nghĩa), nên số liệu của đơn vị không được tổng hợp: một con số tổng tính từ dữ liệu có lỗi có thể sai. Đây là cảnh báo của báo cáo tổng hợp; lỗi là của đơn vị.",
        en: "Each unit's folder is read and checked as a report of its own. The folder of the example has errors (the message names the first, here an undefined figure), so the unit's figures are left out: a total computed from data with errors could be wrong. It is a warning of the synthesis; the error is the unit's.",
    },
    fix: Tr {
        vi: "Chạy `report check` trên thư mục của đơn vị để xem mọi lỗi, và đề nghị đơn vị sửa.",
        en: "Run `report check` on the unit's folder for every error, and ask the unit to correct them.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/sectors/01-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực xã hội:"
figures:
  ho-ngheo: {value: 120, unit: "hộ"}
models:
  - body:
      - "Toàn xã còn [=ho-ngheo] nghèo."
"#,
        },
    ],
};

/// `W-unit-late`
pub(super) const UNIT_LATE: Explanation = Explanation {
    title: Tr {
        vi: "Đơn vị nộp báo cáo muộn",
        en: "A unit reported late",
    },
    explanation: Tr {
        vi: "`synthesis.deadline` ghi hạn nộp báo cáo của các đơn vị. Đơn vị có ngày báo cáo (`date` trong report.yaml của đơn vị) sau hạn được kể là nộp muộn; số liệu của đơn vị vẫn được tổng hợp. Đây là cảnh báo.",
        en: "`synthesis.deadline` gives the units' deadline. A unit whose report is dated (`date` in its report.yaml) after it is said to be late; its figures are still gathered. It is a warning.",
    },
    fix: Tr {
        vi: "Không cần sửa dữ liệu; nếu hạn ghi sai, sửa `synthesis.deadline`.",
        en: "Nothing to correct in the data; if the deadline is wrong, correct `synthesis.deadline`.",
    },
    example: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
  deadline: 2024-03-01
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
    ],
    fixed: &[
        Snippet {
            path: "report.yaml",
            text: r#"
synthesis:
  units: don-vi.csv
  folders: "../{ma}"
  deadline: 2024-03-10
"#,
        },
        Snippet {
            path: "don-vi.csv",
            text: r#"
ma,ten,nhom
30226,Xã Lai Vung,xã
"#,
        },
        Snippet {
            path: "../30226/report.yaml",
            text: r#"
place: Lai Vung
"#,
        },
    ],
};
