//! The explanations of the codes of the document's fields (Decree 30/2020), layout, marks
//! and style: for each code its title, explanation and fix in every language side by side,
//! and its example.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `E-date`
pub(super) const DATE: Explanation = Explanation {
    title: Tr {
        vi: "Ngày không tồn tại hoặc sai dạng",
        en: "A date that does not exist or is malformed",
    },
    explanation: Tr {
        vi: "Ngày ban hành (`date`) được ghi theo dạng năm-tháng-ngày, `YYYY-MM-DD`, ví dụ `2021-04-28`, và phải là một ngày có thật (không có ngày 29 tháng 2 năm 2023). Từ đó công cụ tự in đúng quy định \"Sa Đéc, ngày 28 tháng 4 năm 2021\": viết đầy đủ bằng chữ số Ả Rập, ngày nhỏ hơn 10 và tháng 1, 2 có thêm số 0 phía trước (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b). Dạng `28/04/2021` có thể được hiểu là ngày 4 tháng 28 hay ngày 28 tháng 4, nên không được nhận.",
        en: "The date of issue (`date`) is written year-month-day, `YYYY-MM-DD`, e.g. `2021-04-28`, and must be a real day (there is no 29 February 2023). From it the tool prints the decree's form, \"Sa Đéc, ngày 28 tháng 4 năm 2021\": written out in Arabic digits, a day below 10 and the months 1 and 2 with a leading zero (Decree 30/2020/ND-CP, Annex I, Part I, II.4.b). `28/04/2021` could be read as the 4th of month 28 or the 28th of April, so it is not taken.",
    },
    fix: Tr {
        vi: "Viết ngày dạng `YYYY-MM-DD`: năm đủ 4 chữ số, rồi tháng, rồi ngày, ngăn bằng dấu `-`.",
        en: "Write the date as `YYYY-MM-DD`: the year in 4 digits, then the month, then the day, joined by `-`.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
date: 28/04/2021
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
date: 2021-04-28
"#,
    }],
};

/// `E-period`
pub(super) const PERIOD: Explanation = Explanation {
    title: Tr {
        vi: "Kỳ báo cáo sai dạng hoặc chưa ghi",
        en: "A reporting period malformed or missing",
    },
    explanation: Tr {
        vi: "`period:` trong report.yaml ghi kỳ báo cáo theo một trong các dạng: `2026-09` (tháng), `2026-q3` (quý), `2026-6t` (6 tháng đầu năm), `2026-9t` (9 tháng) hoặc `2026` (năm). Từ kỳ đó công cụ biết cách gọi kỳ (\"quý III năm 2026\") và thời gian chốt số liệu theo chế độ báo cáo của Nghị định 09/2019/NĐ-CP (Điều 12), in bằng `[=ky-tu-ngay]` và `[=ky-den-ngay]`. Lỗi này báo một kỳ viết theo dạng khác, như `quý 3/2026` trong ví dụ, hoặc một đoạn dùng `[=ky-tu-ngay]`, `[=ky-den-ngay]` trong khi report.yaml không ghi `period`.",
        en: "`period:` in report.yaml names the reporting period in one of the forms `2026-09` (a month), `2026-q3` (a quarter), `2026-6t` (the first 6 months), `2026-9t` (9 months) or `2026` (a year). From it the tool knows what to call the period (\"quý III năm 2026\") and its data cut-off under the reporting regime of Decree 09/2019/ND-CP (Article 12), printed by `[=ky-tu-ngay]` and `[=ky-den-ngay]`. This error is a period in another form, like the `quý 3/2026` of the example, or a paragraph that uses `[=ky-tu-ngay]`, `[=ky-den-ngay]` while report.yaml names no `period`.",
    },
    fix: Tr {
        vi: "Ghi kỳ theo một trong các dạng kể trên, ví dụ `period: 2026-q3`.",
        en: "Write the period in one of the forms above, e.g. `period: 2026-q3`.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
period: quý 3/2026
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
period: 2026-q3
"#,
    }],
};

/// `E-number`
pub(super) const NUMBER: Explanation = Explanation {
    title: Tr {
        vi: "Số văn bản không đúng quy định",
        en: "The document number is not of the decree's form",
    },
    explanation: Tr {
        vi: "Số của văn bản (`number`) là số thứ tự do văn thư cấp, ghi bằng chữ số Ả Rập, và số nhỏ hơn 10 phải có thêm số 0 phía trước: \"Số: 05/BC-UBND\" (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.a và II.3.c). Số có chữ (`05a`), có dấu cách, hay số nhỏ hơn 10 mà không có số 0 (`5`) đều không đúng. Văn bản giấy chỉ được cấp số sau khi ký (Điều 15 khoản 2), nên có thể để trống `number: \"\"` để điền tay.",
        en: "The document's number (`number`) is the sequence number the registry assigns, in Arabic digits, with a leading zero below 10: \"Số: 05/BC-UBND\" (Decree 30/2020/ND-CP, Annex I, Part I, II.3.a and II.3.c). A number with a letter (`05a`), a space, or below 10 without its zero (`5`) is not right. A paper document is numbered only once signed (Article 15.2), so `number: \"\"` may stay blank, to fill in by hand.",
    },
    fix: Tr {
        vi: "Ghi số bằng chữ số, thêm số 0 trước số nhỏ hơn 10 (`\"05\"`), đặt trong dấu nháy kép; hoặc để `\"\"` nếu chưa có số.",
        en: "Write the number in digits, with a zero before a number below 10 (`\"05\"`), in double quotes; or leave it `\"\"` while there is no number yet.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
number: "5"
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
number: "05"
"#,
    }],
};

/// `E-symbol`
pub(super) const SYMBOL: Explanation = Explanation {
    title: Tr {
        vi: "Ký hiệu văn bản không đúng quy định",
        en: "The document symbol is not of the decree's form",
    },
    explanation: Tr {
        vi: "Ký hiệu (`symbol`) gồm chữ viết tắt tên loại văn bản và chữ viết tắt tên cơ quan ban hành, như `BC-UBND`: chữ in hoa, các nhóm chữ nối bằng dấu gạch nối `-`, không có dấu cách (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.b và II.3.c). Chỉ các chữ viết tắt chính thức có chữ thường (QyĐ, CTr, TTr, theo Phụ lục III) được giữ nguyên. Công văn không có chữ viết tắt tên loại: ký hiệu là tên cơ quan và tên đơn vị soạn thảo, như `UBND-VX`. Số và dấu `/` không thuộc ký hiệu: công cụ tự in \"Số: 05/BC-UBND\".",
        en: "The symbol (`symbol`) is the abbreviation of the document type and that of the issuing agency, such as `BC-UBND`: capitals, groups joined by a hyphen `-`, no spaces (Decree 30/2020/ND-CP, Annex I, Part I, II.3.b and II.3.c). Only the official abbreviations with lower-case letters (QyĐ, CTr, TTr, in Annex III) are kept as they are. A công văn (official letter) has no type abbreviation: its symbol is the agency and the drafting unit, such as `UBND-VX`. The number and the `/` are not part of the symbol: the tool prints \"Số: 05/BC-UBND\".",
    },
    fix: Tr {
        vi: "Viết các nhóm chữ in hoa nối bằng `-`, không có dấu cách, ví dụ `BC-UBND`.",
        en: "Write groups of capitals joined by `-`, with no spaces, e.g. `BC-UBND`.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
symbol: "BC - UBND"
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
symbol: BC-UBND
"#,
    }],
};

/// `W-symbol-type`
pub(super) const SYMBOL_TYPE: Explanation = Explanation {
    title: Tr {
        vi: "Ký hiệu không khớp với tên loại văn bản",
        en: "The symbol does not match the document type",
    },
    explanation: Tr {
        vi: "Nhóm chữ đầu của ký hiệu là chữ viết tắt tên loại văn bản theo Phụ lục III của Nghị định 30/2020/NĐ-CP: Báo cáo là BC, Tờ trình là TTr, Kế hoạch là KH, Quyết định là QĐ… Ở đây `doc_type` là BÁO CÁO nhưng ký hiệu bắt đầu bằng QĐ, thường do chép ký hiệu từ một văn bản khác. Đây là cảnh báo, vì công cụ không biết mọi trường hợp riêng của từng cơ quan.",
        en: "The first group of the symbol is the abbreviation of the document type, from Annex III of Decree 30/2020/ND-CP: Báo cáo is BC, Tờ trình TTr, Kế hoạch KH, Quyết định QĐ… Here `doc_type` is BÁO CÁO but the symbol starts with QĐ, usually copied from another document. It is a warning, since the tool does not know every agency's own cases.",
    },
    fix: Tr {
        vi: "Sửa nhóm chữ đầu của ký hiệu theo tên loại (ở đây `BC-UBND`), hoặc sửa `doc_type` nếu văn bản thật sự thuộc loại khác.",
        en: "Correct the symbol's first group for the type (here `BC-UBND`), or `doc_type` if the document really is of another type.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
symbol: QĐ-UBND
doc_type: BÁO CÁO
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
symbol: BC-UBND
doc_type: BÁO CÁO
"#,
    }],
};

/// `E-authority`
pub(super) const AUTHORITY: Explanation = Explanation {
    title: Tr {
        vi: "Quyền hạn ký không đúng quy định",
        en: "The signing authority is not of the decree's form",
    },
    explanation: Tr {
        vi: "Mỗi dòng của `signer.authority` (quyền hạn của người ký) bắt đầu bằng một trong các chữ viết tắt: `TM.` (thay mặt tập thể, ví dụ \"TM. ỦY BAN NHÂN DÂN\"), `KT.` (ký thay người đứng đầu), `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền), `Q.` (quyền, được giao quyền cấp trưởng), viết hoa, có dấu chấm và một dấu cách (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.7.b; Điều 13). `T.M.`, `TM` không có dấu chấm, hay `TM.ỦY BAN` không có dấu cách đều sai. Người đứng đầu ký với danh nghĩa của chính mình thì không ghi `authority`, chỉ ghi `title`.",
        en: "Each line of `signer.authority` (the signer's authority) starts with one of the abbreviations `TM.` (on behalf of a collective, e.g. \"TM. ỦY BAN NHÂN DÂN\"), `KT.` (signing for the head), `TL.` (by order), `TUQ.` (by delegation), `Q.` (acting head), in capitals, with the dot and a space (Decree 30/2020/ND-CP, Annex I, Part I, II.7.b; Article 13). `T.M.`, `TM` without the dot, or `TM.ỦY BAN` without the space are wrong. A head who signs in his or her own right has no `authority`, only the `title`.",
    },
    fix: Tr {
        vi: "Sửa đầu dòng thành đúng chữ viết tắt, ví dụ `TM. ỦY BAN NHÂN DÂN`.",
        en: "Correct the start of the line to the right abbreviation, e.g. `TM. ỦY BAN NHÂN DÂN`.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
signer:
  authority:
    - T.M. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Nguyễn Văn Hon
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
signer:
  authority:
    - TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH
  name: Nguyễn Văn Hon
"#,
    }],
};

/// `E-recipients-empty`
pub(super) const RECIPIENTS_EMPTY: Explanation = Explanation {
    title: Tr {
        vi: "Danh sách nơi nhận rỗng",
        en: "The recipient list is empty",
    },
    explanation: Tr {
        vi: "Phần nơi nhận gồm nơi nhận để thực hiện, để biết, và nơi lưu văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.a), nên không thể rỗng. Ít nhất phải có dòng lưu văn thư \"Lưu: VT\".",
        en: "The recipients are where the document goes to be acted on, to be known, and where it is kept (Decree 30/2020/ND-CP, Annex I, Part I, II.9.a), so the list cannot be empty. It has at least the archive line \"Lưu: VT\".",
    },
    fix: Tr {
        vi: "Ghi các nơi nhận, mỗi nơi một dòng: \"Như trên\" đầu tiên nếu báo cáo có Kính gửi, \"Lưu: VT\" cuối cùng.",
        en: "List the recipients, one per line: \"Như trên\" first if the report has addressees, \"Lưu: VT\" last.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
recipients: []
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
recipients:
  - Như trên
  - "Lưu: VT"
"#,
    }],
};

/// `E-recipients-archive`
pub(super) const RECIPIENTS_ARCHIVE: Explanation = Explanation {
    title: Tr {
        vi: "Nơi nhận thiếu dòng lưu văn thư",
        en: "The recipients lack the archive line",
    },
    explanation: Tr {
        vi: "Dòng cuối của nơi nhận là nơi lưu văn bản: chữ \"Lưu\", dấu hai chấm, chữ viết tắt \"VT\" (văn thư), có thể thêm chữ viết tắt đơn vị soạn thảo và số bản lưu (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d). Danh sách này không có dòng nào bắt đầu bằng \"Lưu\". Công cụ tự thêm \"- \" đầu dòng, \";\" và \".\" cuối dòng khi in.",
        en: "The last recipient is where the document is kept: the word \"Lưu\", a colon, the abbreviation \"VT\" (the registry), and optionally the drafting unit's abbreviation and the number of copies kept (Decree 30/2020/ND-CP, Annex I, Part I, II.9.d). No line of this list starts with \"Lưu\". The tool adds the \"- \" before each line and the \";\" and \".\" after them when it prints.",
    },
    fix: Tr {
        vi: "Thêm dòng cuối `\"Lưu: VT\"` (trong dấu nháy kép, vì có dấu hai chấm), ví dụ `\"Lưu: VT, VP.\"`.",
        en: "Add a last line `\"Lưu: VT\"` (in double quotes, for its colon), e.g. `\"Lưu: VT, VP.\"`.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
recipients:
  - Như trên
  - CT và PCT UBND TP
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
recipients:
  - Như trên
  - CT và PCT UBND TP
  - "Lưu: VT"
"#,
    }],
};

/// `W-recipients-nhu-tren`
pub(super) const RECIPIENTS_NHU_TREN: Explanation = Explanation {
    title: Tr {
        vi: "Có Kính gửi nhưng nơi nhận không bắt đầu bằng \"Như trên\"",
        en: "Addressees, but the recipients do not start with \"Như trên\"",
    },
    explanation: Tr {
        vi: "Báo cáo gửi cơ quan cấp trên có hai phần nơi nhận: \"Kính gửi\" (`addressees`) ghi nơi trực tiếp giải quyết, và \"Nơi nhận\" mà dòng đầu là \"Như trên\" để chỉ lại các nơi đó, tiếp theo là các nơi khác (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.b). Báo cáo này có Kính gửi, nhưng dòng nơi nhận đầu tiên không phải \"Như trên\". Đây là cảnh báo vì có thể có lý do riêng.",
        en: "A report sent to a higher body has two parts of recipients: \"Kính gửi\" (`addressees`), those who act on it, and \"Nơi nhận\", whose first line \"Như trên\" (\"as above\") names them again, before the others (Decree 30/2020/ND-CP, Annex I, Part I, II.9.b). This report has addressees, but its first recipient is not \"Như trên\". It is a warning, as there may be a reason.",
    },
    fix: Tr {
        vi: "Thêm \"Như trên\" làm dòng đầu tiên của `recipients`.",
        en: "Add \"Như trên\" as the first line of `recipients`.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
addressees:
  - Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp
recipients:
  - CT và PCT UBND TP
  - "Lưu: VT"
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
addressees:
  - Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp
recipients:
  - Như trên
  - CT và PCT UBND TP
  - "Lưu: VT"
"#,
    }],
};

/// `E-layout`
pub(super) const LAYOUT: Explanation = Explanation {
    title: Tr {
        vi: "Tùy chọn trình bày nằm ngoài khoảng Nghị định cho phép",
        en: "A layout option outside what the decree allows",
    },
    explanation: Tr {
        vi: "Khóa `layout:` cho chọn cách trình bày trong khoảng mà Nghị định 30/2020/NĐ-CP cho phép (Phụ lục I, Phần I): lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm (mục I.3); cỡ chữ nội dung 13–14, lùi đầu dòng 1 cm hoặc 1,27 cm, khoảng cách giữa các đoạn tối thiểu 6 pt (công cụ nhận đến 72 pt), giãn dòng từ dòng đơn đến 1,5 dòng (mục II.6.e); cỡ chữ Quốc hiệu/Tiêu ngữ/địa danh \"13/14/14\" hoặc \"12/13/13\". Giá trị ngoài khoảng sẽ làm văn bản sai thể thức, nên là lỗi.",
        en: "The `layout:` key chooses the layout within what Decree 30/2020/ND-CP allows (Annex I, Part I): top and bottom margins 20–25 mm, left 30–35 mm, right 15–20 mm (I.3); body text 13–14 pt, first-line indent 1 cm or 1.27 cm, at least 6 pt between paragraphs (the tool takes up to 72), line spacing from single to 1.5 lines (II.6.e); national title/motto/place sizes \"13/14/14\" or \"12/13/13\". A value outside its range would break the document's form, so it is an error.",
    },
    fix: Tr {
        vi: "Chọn một giá trị trong khoảng, hoặc bỏ khóa đó để dùng giá trị mặc định (lề 20/20/30/15 mm, chữ 14).",
        en: "Choose a value within the range, or leave the key out for the default (margins 20/20/30/15 mm, 14 pt text).",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
layout:
  margins_mm: {top: 20, bottom: 20, left: 25, right: 15}
  body_size_pt: 12
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
layout:
  margins_mm: {top: 20, bottom: 20, left: 30, right: 15}
  body_size_pt: 13
"#,
    }],
};

/// `E-landscape-body`
pub(super) const LANDSCAPE_BODY: Explanation = Explanation {
    title: Tr {
        vi: "Trang ngang cho phần nội dung không được phép ở đây",
        en: "A landscape body is not allowed here",
    },
    explanation: Tr {
        vi: "Văn bản được trình bày theo chiều dài khổ A4 (trang dọc). Chỉ khi nội dung có bảng, biểu mà không làm thành phụ lục riêng, văn bản mới có thể trình bày theo chiều rộng (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục I.2). Báo cáo này có `layout.orientation: landscape` nhưng phần nội dung không có bảng nào, hoặc đã có phụ lục.",
        en: "A document is laid out along the length of the A4 page (portrait). Only when its content has tables not made into appendices may it be laid out across the width (Decree 30/2020/ND-CP, Annex I, Part I, I.2). This report has `layout.orientation: landscape` but its body has no table, or it has appendices.",
    },
    fix: Tr {
        vi: "Bỏ `layout.orientation` (hoặc ghi `portrait`). Nếu bảng rộng, đưa bảng vào một phụ lục và cho riêng phụ lục đó trang ngang (`orientation: landscape` trong tệp phụ lục).",
        en: "Remove `layout.orientation` (or write `portrait`). For a wide table, move it into an appendix and turn that appendix alone (`orientation: landscape` in the appendix file).",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
layout:
  orientation: landscape
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
layout:
  orientation: portrait
"#,
    }],
};

/// `E-mark-urgency`
pub(super) const MARK_URGENCY: Explanation = Explanation {
    title: Tr {
        vi: "Độ khẩn không có trong Nghị định",
        en: "An urgency the decree does not know",
    },
    explanation: Tr {
        vi: "Dấu chỉ mức độ khẩn (`marks.urgency`) chỉ có ba mức: khẩn, thượng khẩn, hỏa tốc (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.2.b). Công cụ in chúng bằng chữ in hoa trong khung, ở ô dưới số văn bản. Các chữ khác, như \"gấp\", không phải một mức độ khẩn.",
        en: "The urgency mark (`marks.urgency`) has three levels only: khẩn, thượng khẩn, hỏa tốc (Decree 30/2020/ND-CP, Annex I, Part I, III.2.b). The tool prints them in framed capitals, under the document number. Other words, such as \"gấp\" (\"urgent\"), are not a level.",
    },
    fix: Tr {
        vi: "Viết một trong: khẩn, thượng khẩn, hỏa tốc (chữ hoa hay thường đều được, \"hoả tốc\" cũng được); hoặc bỏ `urgency`.",
        en: "Write one of khẩn, thượng khẩn, hỏa tốc (any case; \"hoả tốc\" too); or leave `urgency` out.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
marks:
  urgency: gấp
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
marks:
  urgency: khẩn
"#,
    }],
};

/// `E-mark-circulation`
pub(super) const MARK_CIRCULATION: Explanation = Explanation {
    title: Tr {
        vi: "Chỉ dẫn phạm vi lưu hành không có trong Nghị định",
        en: "A circulation note the decree does not know",
    },
    explanation: Tr {
        vi: "Chỉ dẫn về phạm vi lưu hành (`marks.circulation`) là \"LƯU HÀNH NỘI BỘ\" hoặc \"XEM XONG TRẢ LẠI\" (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.2.c). Dấu chỉ độ mật (mật, tối mật, tuyệt mật) không phải chỉ dẫn lưu hành: nó theo pháp luật về bảo vệ bí mật nhà nước (mục III.2.a), và công cụ không in dấu này.",
        en: "The circulation note (`marks.circulation`) is \"LƯU HÀNH NỘI BỘ\" (internal circulation) or \"XEM XONG TRẢ LẠI\" (return after reading) (Decree 30/2020/ND-CP, Annex I, Part I, III.2.c). A secrecy mark (mật, tối mật, tuyệt mật) is no circulation note: it follows the law on state secrets (III.2.a), and the tool does not print it.",
    },
    fix: Tr {
        vi: "Viết \"lưu hành nội bộ\" hoặc \"xem xong trả lại\" (chữ hoa hay thường đều được); hoặc bỏ `circulation`.",
        en: "Write \"lưu hành nội bộ\" or \"xem xong trả lại\" (any case); or leave `circulation` out.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
marks:
  circulation: mật
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
marks:
  circulation: lưu hành nội bộ
"#,
    }],
};

/// `E-mark-typist`
pub(super) const MARK_TYPIST: Explanation = Explanation {
    title: Tr {
        vi: "Ký hiệu người đánh máy hoặc số bản sai",
        en: "A wrong typist code or number of copies",
    },
    explanation: Tr {
        vi: "Ký hiệu người soạn thảo (đánh máy) và số lượng bản phát hành (`marks.typist`) được in ở cuối phần nơi nhận, như \"PL.(300)\": ký hiệu bằng chữ in hoa, số bản bằng chữ số Ả Rập (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.3). Công cụ nhận `code` gồm chữ in hoa, không dấu cách, không dấu chấm, tối đa 8 chữ, và `copies` là số nguyên từ 1 trở lên.",
        en: "The drafter's (typist's) code and the number of copies issued (`marks.typist`) print at the foot of the recipients, as \"PL.(300)\": the code in capitals, the copies in Arabic digits (Decree 30/2020/ND-CP, Annex I, Part I, III.3). The tool takes a `code` of capital letters, no spaces, no dot, at most 8 of them, and `copies` a whole number from 1.",
    },
    fix: Tr {
        vi: "Viết `code` bằng chữ in hoa (ví dụ `PL`) và `copies` bằng số bản phát hành (ví dụ `12`); công cụ tự thêm dấu chấm và ngoặc.",
        en: "Write `code` in capitals (e.g. `PL`) and `copies` as the number of copies issued (e.g. `12`); the tool adds the dot and the parentheses.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
marks:
  typist:
    code: pl
    copies: 0
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
marks:
  typist:
    code: PL
    copies: 12
"#,
    }],
};

/// `E-mark-draft`
pub(super) const MARK_DRAFT: Explanation = Explanation {
    title: Tr {
        vi: "Lần dự thảo không hợp lệ",
        en: "A draft round that is not valid",
    },
    explanation: Tr {
        vi: "`marks.draft` đánh dấu văn bản là dự thảo: `1` in \"Dự thảo\", `2` in \"Dự thảo lần 2\", và cứ thế. Giá trị phải là một số nguyên từ 1 đến 99; `0`, số lẻ hay chữ thì không đúng. Dấu dự thảo không có trong Nghị định 30/2020/NĐ-CP mà theo thói quen của các cơ quan.",
        en: "`marks.draft` marks the document as a draft: `1` prints \"Dự thảo\", `2` \"Dự thảo lần 2\" (second draft), and so on. The value is a whole number from 1 to 99; `0`, a fraction or a word is not right. The draft mark is not in Decree 30/2020/ND-CP; it follows the agencies' habit.",
    },
    fix: Tr {
        vi: "Ghi số lần dự thảo, ví dụ `draft: 2`; bỏ `draft` khi văn bản đã được ký.",
        en: "Give the draft's round, e.g. `draft: 2`; remove `draft` once the document is signed.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
number: ""
marks:
  draft: 0
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
number: ""
marks:
  draft: 2
"#,
    }],
};

/// `E-draft-numbered`
pub(super) const DRAFT_NUMBERED: Explanation = Explanation {
    title: Tr {
        vi: "Văn bản dự thảo đã có số",
        en: "A draft that already has a number",
    },
    explanation: Tr {
        vi: "Văn bản giấy chỉ được cấp số sau khi người có thẩm quyền ký (Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2), nên một bản dự thảo (`marks.draft`) chưa có số. Báo cáo này vừa là dự thảo vừa có `number`: hoặc số bị điền sớm, hoặc văn bản đã ký mà quên bỏ dấu dự thảo.",
        en: "A paper document is numbered only after it is signed (Decree 30/2020/ND-CP, Article 15.2), so a draft (`marks.draft`) has no number yet. This report is both a draft and numbered: either the number came too early, or the document is signed and the draft mark was left.",
    },
    fix: Tr {
        vi: "Để `number: \"\"` cho đến khi văn bản được ký; khi đã ký, bỏ `marks.draft` và ghi số.",
        en: "Keep `number: \"\"` until the document is signed; once signed, remove `marks.draft` and give the number.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
number: "05"
marks:
  draft: 2
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
number: ""
marks:
  draft: 2
"#,
    }],
};

/// `E-electronic-numbered`
pub(super) const ELECTRONIC_NUMBERED: Explanation = Explanation {
    title: Tr {
        vi: "Văn bản điện tử đã có số",
        en: "An electronic document that already has a number",
    },
    explanation: Tr {
        vi: "Với văn bản điện tử (`marks.electronic: true`), số và thời gian ban hành do hệ thống quản lý văn bản cấp khi ký số (Nghị định 30/2020/NĐ-CP, Điều 15 khoản 3), nên văn bản để trống số, ngày và tháng. Báo cáo này là văn bản điện tử nhưng đã có `number`.",
        en: "For an electronic document (`marks.electronic: true`), the number and the date of issue are given by the document system when it is signed digitally (Decree 30/2020/ND-CP, Article 15.3), so the document leaves its number, day and month blank. This report is electronic but has a `number`.",
    },
    fix: Tr {
        vi: "Để `number: \"\"`; hoặc bỏ `marks.electronic` nếu văn bản được ký tay trên giấy.",
        en: "Keep `number: \"\"`; or remove `marks.electronic` if the document is signed by hand on paper.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
number: "05"
marks:
  electronic: true
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
number: ""
marks:
  electronic: true
"#,
    }],
};

/// `W-zero-padding`
pub(super) const ZERO_PADDING: Explanation = Explanation {
    title: Tr {
        vi: "Số đếm lúc có số 0 đứng trước, lúc không",
        en: "Counts sometimes zero-padded, sometimes not",
    },
    explanation: Tr {
        vi: "Nhiều báo cáo viết số đếm nhỏ hơn 10 với số 0 phía trước (\"08 Hội quán\", \"06/07 ấp\"). Nghị định 30/2020/NĐ-CP chỉ bắt buộc số 0 ở số văn bản và ngày, tháng ban hành, không bắt buộc ở số đếm trong nội dung; nhưng một văn bản nên viết thống nhất. Trong ví dụ, \"06/07\" có số 0 còn \"07/9\" thì không. Đây là cảnh báo về cách viết.",
        en: "Many reports write counts below 10 with a leading zero (\"08 Hội quán\", \"06/07 ấp\"). Decree 30/2020/ND-CP asks for the zero only in the document number and the date of issue, not in counts in the text; but a document should be consistent. In the example, \"06/07\" is padded and \"07/9\" is not. It is a warning about style.",
    },
    fix: Tr {
        vi: "Chọn một cách viết, có hoặc không có số 0, và dùng thống nhất trong cả báo cáo.",
        en: "Choose one way, with or without the zero, and keep to it throughout the report.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình đã thực hiện được 06/07 ấp.
      - Mô hình triển khai ở 07/9 xã, phường.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình đã thực hiện được 06/07 ấp.
      - Mô hình triển khai ở 07/09 xã, phường.
"#,
    }],
};

/// `W-capitalisation`
pub(super) const CAPITALISATION: Explanation = Explanation {
    title: Tr {
        vi: "Cùng một từ lúc viết hoa, lúc viết thường",
        en: "One word capitalised in some places and not in others",
    },
    explanation: Tr {
        vi: "Theo Phụ lục II của Nghị định 30/2020/NĐ-CP, danh từ chung chỉ đơn vị hành chính viết thường và chỉ tên riêng viết hoa: \"thành phố Sa Đéc\", \"tỉnh Đồng Tháp\" (trừ đơn vị đặt tên bằng số, như \"Phường 1\"). Nhiều nơi quen viết hoa \"Thành phố\" khi đứng riêng để chỉ chính địa phương mình. Văn bản này viết từ đó đứng riêng lúc hoa, lúc thường cho cùng một nơi. Đây là cảnh báo về cách viết.",
        en: "By Annex II of Decree 30/2020/ND-CP, the common noun of an administrative unit is lower case and only the proper name is capitalised: \"thành phố Sa Đéc\", \"tỉnh Đồng Tháp\" (except units named by a number, such as \"Phường 1\"). Many places capitalise a standalone \"Thành phố\" that means their own city. This document writes the standalone word both ways for the same place. It is a warning about style.",
    },
    fix: Tr {
        vi: "Chọn một cách viết và dùng thống nhất; theo Phụ lục II là viết thường (\"trên địa bàn thành phố\").",
        en: "Choose one way and keep to it; Annex II says lower case (\"trên địa bàn thành phố\").",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình được triển khai trên địa bàn Thành phố.
      - Công an thành phố giao chỉ tiêu cho từng phường.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình được triển khai trên địa bàn thành phố.
      - Công an thành phố giao chỉ tiêu cho từng phường.
"#,
    }],
};

/// `W-ellipsis`
pub(super) const ELLIPSIS: Explanation = Explanation {
    title: Tr {
        vi: "Dấu chấm lửng được viết nhiều kiểu",
        en: "Ellipses written in several ways",
    },
    explanation: Tr {
        vi: "Dấu chấm lửng có thể gõ là ba dấu chấm \"...\" hoặc một ký tự \"…\", và đôi khi bị gõ thừa thành \"....\". Văn bản này dùng nhiều kiểu cùng lúc, nên in ra trông không đều. Đây là cảnh báo về cách viết.",
        en: "An ellipsis can be typed as three dots \"...\" or as the one character \"…\", and is sometimes typed with one dot too many, \"....\". This document uses several forms at once, which prints unevenly. It is a warning about style.",
    },
    fix: Tr {
        vi: "Dùng một kiểu, ví dụ \"...\", trong cả báo cáo.",
        en: "Use one form, e.g. \"...\", throughout the report.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình gồm hội quán, hợp tác xã...
      - Các đơn vị tham gia gồm phường 1, phường 2…
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Mô hình gồm hội quán, hợp tác xã...
      - Các đơn vị tham gia gồm phường 1, phường 2...
"#,
    }],
};
