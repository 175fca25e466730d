//! The explanations of the codes of text, footnotes and the report's parts: for each code
//! its title, explanation and fix in every language side by side, and its example.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `W-nfc`
pub(super) const NFC: Explanation = Explanation {
    title: Tr {
        vi: "Văn bản không ở dạng Unicode NFC",
        en: "Text not in Unicode NFC",
    },
    explanation: Tr {
        vi: "Một chữ tiếng Việt có dấu có thể được lưu theo hai cách: dựng sẵn (\"ệ\" là một ký tự) hoặc tổ hợp (\"e\" cộng dấu mũ cộng dấu nặng, ba ký tự). Hai cách nhìn giống hệt nhau, nên ví dụ dưới đây trông không khác gì bản đã sửa; nhưng cách tổ hợp làm việc tìm kiếm, sắp xếp và đếm chữ sai, và có phông chữ hiện dấu lệch. Nghị định 30/2020/NĐ-CP yêu cầu bộ mã Unicode theo TCVN 6909:2001 (Phụ lục I, Phần I, mục I.4), và chuẩn chung là dạng dựng sẵn (NFC). Đây là cảnh báo, mỗi tệp một lần: khi dựng, công cụ tự chuẩn hóa văn bản sang NFC.",
        en: "A Vietnamese letter with marks can be stored two ways: precomposed (\"ệ\" as one character) or decomposed (\"e\" plus a circumflex plus a dot below, three characters). Both look the same, so the example below looks no different from its fix; but decomposed text makes searching, sorting and counting go wrong, and some fonts misplace the marks. Decree 30/2020/ND-CP asks for Unicode per TCVN 6909:2001 (Annex I, Part I, I.4), whose common form is the precomposed one (NFC). This is a warning, once per file: the build normalises the text to NFC.",
    },
    fix: Tr {
        vi: "Lưu lại tệp ở dạng dựng sẵn: trong Unikey dùng công cụ chuyển mã (Ctrl+Shift+F6) từ \"Unicode tổ hợp\" sang \"Unicode\"; nhiều trình soạn thảo có tùy chọn \"Unicode dựng sẵn\" (NFC).",
        en: "Save the file precomposed: Unikey's converter (Ctrl+Shift+F6) from \"Unicode tổ hợp\" to \"Unicode\"; many editors have a \"precomposed Unicode\" (NFC) option.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
    }],
};

/// `E-control-char`
pub(super) const CONTROL_CHAR: Explanation = Explanation {
    title: Tr {
        vi: "Ký tự điều khiển trong văn bản",
        en: "A control character in the text",
    },
    explanation: Tr {
        vi: "Văn bản có một ký tự vô hình không in được, thường gặp nhất là ký tự ngắt dòng mà Word chèn khi bấm Shift+Enter rồi được dán sang (U+000B). Trong tệp DOCX, những ký tự này hoặc làm hỏng tệp hoặc biến mất, nên công cụ không tự xóa: một ký tự vô hình trong văn bản hành chính cần được người soạn nhìn thấy và xóa. Ký tự có thể nằm thẳng trong tệp, hoặc được viết bằng dấu thoát YAML trong dấu nháy kép, như `\\v` trong ví dụ; lỗi chỉ ra đúng chỗ đó.",
        en: "The text holds an invisible character that does not print, most often the line break Word puts in on Shift+Enter, pasted along (U+000B). In a DOCX such characters either break the file or vanish, so the tool does not drop them: an invisible character in an administrative document should be seen and removed by a person. It may be in the file as it is, or written as a YAML escape inside double quotes, like the `\\v` of the example; the error points at it.",
    },
    fix: Tr {
        vi: "Xóa ký tự đó, hoặc thay bằng một dấu cách.",
        en: "Delete the character, or replace it with a space.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán,\vliên kết phát triển du lịch."
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán, liên kết phát triển du lịch."
"#,
    }],
};

/// `E-legacy-encoding`
pub(super) const LEGACY_ENCODING: Explanation = Explanation {
    title: Tr {
        vi: "Văn bản gõ bằng bảng mã cũ (TCVN3, VNI)",
        en: "Text typed in a legacy encoding (TCVN3, VNI)",
    },
    explanation: Tr {
        vi: "Đoạn văn có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) hoặc VNI (phông VNI-Times), rồi được chép sang tệp UTF-8: chữ hiện thành những ký tự lạ như `Uû ban nh©n d©n`. Nghị định 30/2020/NĐ-CP yêu cầu phông Times New Roman với bộ mã Unicode theo TCVN 6909:2001 (Phụ lục I, Phần I, mục I.4), nên đoạn này không in đúng được. Thông báo nêu tên bảng mã đã nhận ra.",
        en: "The passage looks typed in the legacy TCVN3 (ABC, the .VnTime fonts) or VNI (VNI-Times) encoding and then copied into a UTF-8 file: the words show as odd characters such as `Uû ban nh©n d©n`. Decree 30/2020/ND-CP asks for Times New Roman with Unicode per TCVN 6909:2001 (Annex I, Part I, I.4), so this passage cannot print right. The message names the encoding found.",
    },
    fix: Tr {
        vi: "Chuyển mã đoạn đó sang Unicode bằng Unikey: chép đoạn văn, mở công cụ chuyển mã (Ctrl+Shift+F6), chọn bảng mã nguồn là TCVN3 (ABC) hoặc VNI Windows theo thông báo, bảng mã đích là Unicode, rồi dán lại. Hoặc gõ lại đoạn đó bằng Unicode.",
        en: "Convert the passage to Unicode with Unikey: copy it, open the converter (Ctrl+Shift+F6), choose TCVN3 (ABC) or VNI Windows as the source, as the message says, and Unicode as the target, then paste it back. Or retype the passage in Unicode.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Uû ban nh©n d©n thµnh phè ®· triÓn khai thùc hiÖn m« h×nh héi qu¸n."
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Ủy ban nhân dân thành phố đã triển khai thực hiện mô hình hội quán."
"#,
    }],
};

/// `E-markup`
pub(super) const MARKUP: Explanation = Explanation {
    title: Tr {
        vi: "Dấu nhấn mạnh hoặc tham chiếu viết sai",
        en: "Malformed emphasis or reference",
    },
    explanation: Tr {
        vi: "Trong chữ của báo cáo, `*chữ nghiêng*` và `**chữ đậm**` phải có dấu mở và dấu đóng; `[^khoa]` là tham chiếu chú thích, `[=ten]` là tham chiếu số liệu, `[Phụ lục: khoa]` là tham chiếu phụ lục. Lỗi này báo một dấu `*` hay `**` mở mà không đóng (như trong ví dụ), hoặc một tham chiếu có khóa sai dạng (có chữ hoa, dấu tiếng Việt hay dấu cách) hay thiếu dấu `]`. Nếu để vậy, chữ sau dấu `*` sẽ in nghiêng đến hết đoạn, hoặc tham chiếu sẽ in nguyên văn.",
        en: "In a report's text, `*italics*` and `**bold**` have an opening and a closing mark; `[^key]` refers to a footnote, `[=name]` to a figure, `[Phụ lục: key]` to an appendix. This error is a `*` or `**` opened and never closed (as in the example), or a reference whose key is malformed (capitals, Vietnamese marks or spaces) or lacks its `]`. Left so, the words after the `*` would print in italics to the end of the paragraph, or the reference would print as typed.",
    },
    fix: Tr {
        vi: "Thêm dấu đóng sau chữ cần nhấn mạnh; viết `\\*` nếu là dấu sao thật. Khóa của tham chiếu chỉ gồm chữ thường không dấu, số và `-`, ví dụ `[^hoi-quan]`, `[=ho-ngheo]`.",
        en: "Add the closing mark after the emphasised words; write `\\*` for a literal star. A reference's key is lower-case letters without marks, digits and `-`, e.g. `[^hoi-quan]`, `[=ho-ngheo]`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Thành phố nhân rộng mô hình *Hội quán gắn với từng ngành hàng.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Thành phố nhân rộng mô hình *Hội quán* gắn với từng ngành hàng.
"#,
    }],
};

/// `E-blank`
pub(super) const BLANK: Explanation = Explanation {
    title: Tr {
        vi: "Tiêu đề, đoạn hoặc dòng rỗng",
        en: "An empty title, paragraph or item",
    },
    explanation: Tr {
        vi: "Một tiêu đề, một đoạn văn, một ý, một chú thích hay một dòng khác của văn bản (địa danh, trích yếu, nơi nhận, người ký…) chỉ có dấu cách, hoặc là chuỗi rỗng `\"\"`. Khi in, nó thành một dòng trống hay một gạch đầu dòng không có chữ trong văn bản, nên công cụ báo lỗi để người soạn viết nội dung hoặc xóa dòng đó.",
        en: "A title, a paragraph, an item, a footnote or another line of the document (the place, the summary, a recipient, the signer…) is only spaces, or the empty string `\"\"`. Printed, it would be an empty line, or a dash with no words, in the document, so the tool asks for the content or for the line to go.",
    },
    fix: Tr {
        vi: "Viết nội dung vào chỗ đó, hoặc xóa cả dòng.",
        en: "Write the content there, or delete the whole line.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
      - "   "
difficulties:
  - ""
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
difficulties:
  - Thiếu vốn sản xuất.
"#,
    }],
};

/// `E-placeholder`
pub(super) const PLACEHOLDER: Explanation = Explanation {
    title: Tr {
        vi: "Chỗ cần điền «điền: …» vẫn còn",
        en: "A «điền: …» placeholder is still there",
    },
    explanation: Tr {
        vi: "Lệnh `report init` tạo thư mục cho kỳ báo cáo mới và đánh dấu những chỗ người soạn phải tự viết bằng «điền: …» (ví dụ văn bản yêu cầu báo cáo của kỳ này). Chỗ đó vẫn còn nguyên, nên báo cáo chưa dựng được: in ra thì văn bản sẽ có chữ «điền: …».",
        en: "`report init` makes the folder of a new period and marks with «điền: …» (\"fill in: …\") what the clerk must write (this period's request for the report, say). The mark is still there, so the report is not built: it would print «điền: …» in the document.",
    },
    fix: Tr {
        vi: "Thay cả đoạn «điền: …», kể cả hai dấu « », bằng nội dung của kỳ này.",
        en: "Replace the whole «điền: …», the « » included, with this period's content.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "«điền: nội dung mô hình»"
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
    }],
};

/// `E-footnote-undefined`
pub(super) const FOOTNOTE_UNDEFINED: Explanation = Explanation {
    title: Tr {
        vi: "Chú thích chưa được định nghĩa",
        en: "Footnote not defined",
    },
    explanation: Tr {
        vi: "Tham chiếu `[^khoa]` đặt ngay sau chữ cần chú thích, còn nội dung chú thích được viết dưới `footnotes:` của mô hình, của tệp lĩnh vực, của bảng, của phụ lục hay của report.yaml, theo khóa. Tham chiếu này không tìm thấy khóa nào như vậy, thường do gõ sai khóa hoặc quên viết nội dung chú thích.",
        en: "A reference `[^key]` goes right after the word it explains, and the footnote's text under `footnotes:` of the model, the sector file, the table, the appendix or report.yaml, by its key. This reference finds no such key, usually because the key is misspelt or the footnote's text was never written.",
    },
    fix: Tr {
        vi: "Thêm `khoa: <nội dung>` vào `footnotes:` (của mô hình hoặc của tệp), hoặc sửa khóa trong tham chiếu cho khớp với khóa đã có.",
        en: "Add `key: <text>` under `footnotes:` (of the model or of the file), or correct the key of the reference to one that is defined.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
    }],
};

/// `E-footnote-unused`
pub(super) const FOOTNOTE_UNUSED: Explanation = Explanation {
    title: Tr {
        vi: "Chú thích được định nghĩa nhưng không được dùng",
        en: "Footnote defined but never used",
    },
    explanation: Tr {
        vi: "Nội dung chú thích có dưới `footnotes:`, nhưng không có tham chiếu `[^khoa]` nào trỏ tới nó, nên chú thích sẽ không được in. Thường là quên đặt tham chiếu trong đoạn văn, hoặc tham chiếu bị gõ sai khóa.",
        en: "The footnote's text is under `footnotes:`, but no `[^key]` reference points at it, so it would not print. Usually the reference was never put in the paragraph, or its key is misspelt.",
    },
    fix: Tr {
        vi: "Đặt `[^khoa]` ngay sau chữ cần chú thích (không có dấu cách ở giữa), hoặc xóa chú thích không dùng.",
        en: "Put `[^key]` right after the word it explains (no space between), or delete the unused footnote.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
    }],
};

/// `E-footnote-twice`
pub(super) const FOOTNOTE_TWICE: Explanation = Explanation {
    title: Tr {
        vi: "Chú thích được định nghĩa hai lần",
        en: "Footnote defined twice",
    },
    explanation: Tr {
        vi: "Khóa chú thích là chung cho cả báo cáo: chú thích được đánh số 1, 2, 3… theo thứ tự đọc qua mọi lĩnh vực, nên mỗi khóa chỉ được định nghĩa một lần. Hai tệp lĩnh vực do hai người soạn cùng dùng một khóa (như `ghi-chu`) thì công cụ không biết tham chiếu nào trỏ tới chú thích nào; lỗi chỉ ra cả hai chỗ.",
        en: "Footnote keys are shared by the whole report: footnotes are numbered 1, 2, 3… in reading order across every sector, so each key is defined once. When two sector files written by two people use the same key (such as `ghi-chu`), the tool cannot tell which reference means which footnote; the error points at both places.",
    },
    fix: Tr {
        vi: "Đổi tên một trong hai khóa, ở cả chỗ định nghĩa và chỗ tham chiếu; nên đặt khóa theo nội dung, như `hoi-quan`, `clb-duong-sinh`.",
        en: "Rename one of the two keys, where it is defined and where it is referred to; keys named after their content, such as `hoi-quan`, `clb-duong-sinh`, do not clash.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^ghi-chu].
    footnotes:
      ghi-chu: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
        },
        Snippet {
            path: "sectors/02-van-hoa-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - Có 12 câu lạc bộ dưỡng sinh[^ghi-chu].
    footnotes:
      ghi-chu: Câu lạc bộ phường 1, phường 2, …
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
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
        },
        Snippet {
            path: "sectors/02-van-hoa-xa-hoi.yaml",
            text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
models:
  - body:
      - Có 12 câu lạc bộ dưỡng sinh[^clb-duong-sinh].
    footnotes:
      clb-duong-sinh: Câu lạc bộ phường 1, phường 2, …
"#,
        },
    ],
};

/// `E-footnote-reused`
pub(super) const FOOTNOTE_REUSED: Explanation = Explanation {
    title: Tr {
        vi: "Chú thích được gắn ở hai chỗ",
        en: "Footnote placed twice",
    },
    explanation: Tr {
        vi: "Mỗi chú thích thuộc về đúng một chỗ trong văn bản: trong Word, một chú thích chân trang có một số và một vị trí. Tham chiếu `[^khoa]` này đã được gắn ở chỗ khác rồi; lỗi chỉ ra cả hai chỗ.",
        en: "A footnote belongs to one place in the text: in Word, a footnote has one number and one place. This `[^key]` is already placed elsewhere; the error points at both places.",
    },
    fix: Tr {
        vi: "Bỏ tham chiếu ở chỗ thứ hai, hoặc định nghĩa một chú thích mới (khóa khác) cho chỗ đó.",
        en: "Remove the second reference, or define a new footnote (another key) for that place.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
      - Các Hội quán[^hoi-quan] liên kết phát triển du lịch.
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
      - Các Hội quán liên kết phát triển du lịch.
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
    }],
};

/// `E-footnote-nested`
pub(super) const FOOTNOTE_NESTED: Explanation = Explanation {
    title: Tr {
        vi: "Chú thích chứa chú thích khác",
        en: "A footnote inside a footnote",
    },
    explanation: Tr {
        vi: "Nội dung một chú thích lại có tham chiếu `[^…]` tới chú thích khác. Word không đặt được chú thích trong chú thích, nên điều này không in được.",
        en: "A footnote's text refers to another footnote with `[^…]`. Word cannot put a footnote inside a footnote, so this cannot print.",
    },
    fix: Tr {
        vi: "Viết thẳng phần giải thích vào nội dung chú thích (ví dụ trong ngoặc đơn), và bỏ tham chiếu `[^…]`.",
        en: "Write the explanation into the footnote's own text (in parentheses, say), and remove the `[^…]`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc[^lang-bot], Hội quán Làng hoa, …
      lang-bot: Thành lập năm 2019, có 59 hội viên.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc (thành lập năm 2019, có 59 hội viên), Hội quán Làng hoa, …
"#,
    }],
};

/// `E-footnote-key`
pub(super) const FOOTNOTE_KEY: Explanation = Explanation {
    title: Tr {
        vi: "Khóa chú thích sai dạng",
        en: "Malformed footnote key",
    },
    explanation: Tr {
        vi: "Khóa chú thích dưới `footnotes:` chỉ được gồm chữ thường không dấu (a–z), chữ số và dấu `-`, như `hoi-quan`. Khóa có chữ hoa, dấu tiếng Việt hay dấu cách, như `Hội-quán`, thì không tham chiếu được bằng `[^…]`. Thường đi kèm lỗi `E-footnote-undefined` ở tham chiếu.",
        en: "A footnote key under `footnotes:` is lower-case letters without marks (a–z), digits and `-` only, such as `hoi-quan`. A key with capitals, Vietnamese marks or spaces, such as `Hội-quán`, cannot be referred to with `[^…]`. It usually comes with `E-footnote-undefined` at the reference.",
    },
    fix: Tr {
        vi: "Viết lại khóa bằng chữ thường không dấu, số và `-`, giống hệt khóa trong tham chiếu.",
        en: "Write the key in lower-case letters without marks, digits and `-`, exactly as the reference has it.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      Hội-quán: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán[^hoi-quan].
    footnotes:
      hoi-quan: Hội quán Làng bột Sa Đéc, Hội quán Làng hoa, …
"#,
    }],
};

/// `E-empty-sector`
pub(super) const EMPTY_SECTOR: Explanation = Explanation {
    title: Tr {
        vi: "Lĩnh vực không có nội dung",
        en: "A sector with no content",
    },
    explanation: Tr {
        vi: "Tệp lĩnh vực chỉ có tiêu đề (`title:`), mà không có `intro`, `models`, `after`, `difficulties` hay `proposals`. In ra sẽ là một tiêu đề không có nội dung bên dưới. Thường là tệp mới tạo chưa viết xong, hoặc nội dung bị thụt lề sai nên nằm ngoài các khóa đó.",
        en: "The sector file has only its title (`title:`), and no `intro`, `models`, `after`, `difficulties` or `proposals`. It would print a heading with nothing under it. Usually the file is new and not written yet, or its content is indented wrongly and so sits outside those keys.",
    },
    fix: Tr {
        vi: "Viết nội dung của lĩnh vực dưới ít nhất một trong các khóa `intro`, `models`, `after`, `difficulties`, `proposals`; hoặc xóa tệp nếu kỳ này lĩnh vực không có gì để báo cáo.",
        en: "Write the sector's content under at least one of `intro`, `models`, `after`, `difficulties`, `proposals`; or delete the file if the sector has nothing to report this period.",
    },
    example: &[Snippet {
        path: "sectors/02-van-hoa-xa-hoi.yaml",
        text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/02-van-hoa-xa-hoi.yaml",
        text: r#"
title: "Lĩnh vực văn hóa - xã hội:"
intro:
  - Phong trào văn hóa, văn nghệ, thể dục thể thao tiếp tục phát triển.
"#,
    }],
};

/// `E-empty-model`
pub(super) const EMPTY_MODEL: Explanation = Explanation {
    title: Tr {
        vi: "Mô hình không có nội dung",
        en: "A model with no content",
    },
    explanation: Tr {
        vi: "Mỗi mô hình trong `models:` cần ít nhất một đoạn trong `body:`. Mô hình này có `body: []` (danh sách rỗng), nên in ra chỉ là một số thứ tự hay một tên mô hình không có nội dung.",
        en: "Each model in `models:` needs at least one paragraph in `body:`. This model has `body: []` (an empty list), so it would print a number or a model's name with nothing under it.",
    },
    fix: Tr {
        vi: "Viết ít nhất một đoạn dưới `body:`, hoặc xóa mô hình đó.",
        en: "Write at least one paragraph under `body:`, or delete the model.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body: []
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
    }],
};

/// `E-block`
pub(super) const BLOCK: Explanation = Explanation {
    title: Tr {
        vi: "Khối cần đúng một trong `numbered` hoặc `table`",
        en: "A block needs exactly one of `numbered` or `table`",
    },
    explanation: Tr {
        vi: "Một phần tử của danh sách đoạn văn (`body`, `intro`, `after`, `opening`…) là một đoạn văn (một chuỗi chữ), hoặc một khối: `numbered:` cho một danh sách ý đánh số a), b), c)…, `table:` cho một bảng. Một khối chỉ được có một trong hai khóa. Trong ví dụ, `table:` thụt lề ngang với `numbered:` nên YAML coi cả hai là một khối. Một đoạn văn có dấu `: ` mà không đặt trong dấu nháy kép cũng có thể bị YAML đọc thành một khối như vậy.",
        en: "An item of a paragraph list (`body`, `intro`, `after`, `opening`…) is a paragraph (a string), or a block: `numbered:` for a list of items lettered a), b), c)…, `table:` for a table. A block has one of the two keys only. In the example, `table:` is indented as deep as `numbered:`, so YAML takes both for one block. A paragraph with `: ` in it and no double quotes can also be read by YAML as such a block.",
    },
    fix: Tr {
        vi: "Tách thành hai phần tử, mỗi phần tử bắt đầu bằng `- ` (`- numbered:` và `- table:`). Nếu đó là một đoạn văn có dấu `: `, đặt cả đoạn trong dấu nháy kép.",
        en: "Split it into two items, each starting with `- ` (`- numbered:` and `- table:`). If it is a paragraph with `: ` in it, put the whole paragraph in double quotes.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - "Các Hội quán liên kết trong các việc sau:"
  - numbered:
      - phục vụ khách tham quan;
      - tiêu thụ nông sản sạch.
    table:
      columns: [{width: 3}, {width: 1, decimals: 0}]
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro:
  - "Các Hội quán liên kết trong các việc sau:"
  - numbered:
      - phục vụ khách tham quan;
      - tiêu thụ nông sản sạch.
  - table:
      columns: [{width: 3}, {width: 1, decimals: 0}]
      rows:
        - [Ấp Tân Phú, 120]
"#,
    }],
};

/// `E-empty-list`
pub(super) const EMPTY_LIST: Explanation = Explanation {
    title: Tr {
        vi: "Danh sách `numbered` không có ý nào",
        en: "An empty `numbered` list",
    },
    explanation: Tr {
        vi: "Khối `numbered:` là một danh sách các ý, được đánh số a), b), c)… khi in. Danh sách này rỗng, nên in ra không có gì, trong khi đoạn văn trước nó thường báo trước một danh sách (\"… trong các việc sau:\").",
        en: "A `numbered:` block is a list of items, lettered a), b), c)… when printed. This list is empty, so it prints nothing, where the paragraph before it usually announces a list (\"… trong các việc sau:\").",
    },
    fix: Tr {
        vi: "Thêm các ý vào danh sách, mỗi ý một dòng bắt đầu bằng `- `, hoặc xóa khối đó.",
        en: "Add the items, one per line starting with `- `, or delete the block.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Các Hội quán liên kết trong các việc sau:"
      - numbered: []
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Các Hội quán liên kết trong các việc sau:"
      - numbered:
          - phục vụ khách tham quan;
          - tiêu thụ nông sản sạch.
"#,
    }],
};

/// `E-include`
pub(super) const INCLUDE: Explanation = Explanation {
    title: Tr {
        vi: "Giá trị `include` không có nghĩa",
        en: "An `include` that means nothing",
    },
    explanation: Tr {
        vi: "Mỗi mục của báo cáo trong `sections:` có thể lấy nội dung từ các lĩnh vực bằng `include:`, với một trong ba giá trị: `sectors` (nội dung các lĩnh vực), `difficulties` (khó khăn, vướng mắc), `proposals` (đề xuất, kiến nghị). Giá trị khác, như `khokhan`, thì công cụ không biết lấy gì.",
        en: "Each section of the report in `sections:` can take content from the sectors with `include:`, one of three values: `sectors` (the sectors' content), `difficulties`, `proposals`. Another value, such as `khokhan`, tells the tool nothing to take.",
    },
    fix: Tr {
        vi: "Dùng một trong `sectors`, `difficulties`, `proposals`, hoặc bỏ `include` nếu mục chỉ có `body`.",
        en: "Use one of `sectors`, `difficulties`, `proposals`, or leave `include` out if the section has its `body` only.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
sections:
  - title: Đánh giá tình hình và kết quả thực hiện
    include: sectors
  - title: Những khó khăn, vướng mắc
    include: khokhan
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
sections:
  - title: Đánh giá tình hình và kết quả thực hiện
    include: sectors
  - title: Những khó khăn, vướng mắc
    include: difficulties
"#,
    }],
};

/// `E-numbering`
pub(super) const NUMBERING: Explanation = Explanation {
    title: Tr {
        vi: "Kiểu đánh số không hợp lệ",
        en: "Unknown numbering style",
    },
    explanation: Tr {
        vi: "Khóa `numbering:` chọn cách đánh số các mục (`sections`), tiêu đề lĩnh vực (`sectors`), mô hình (`models`) và các ý (`items`). Mỗi kiểu là một trong: `\"I.\"`, `\"1.\"`, `\"1)\"`, `\"a)\"`, `\"a.\"`, `\"-\"`, `\"+\"`, `\"*\"` hoặc `\"\"` (không đánh số). Kiểu `\"1-\"` trong ví dụ không có trong danh sách. Hệ thống đề mục của Nghị định 30/2020/NĐ-CP dùng I., 1., a) (Phụ lục I, Phần I, mục II.6.đ); các kiểu khác theo thói quen của báo cáo.",
        en: "The `numbering:` key chooses how the sections (`sections`), sector headings (`sectors`), models (`models`) and items (`items`) are numbered. Each style is one of `\"I.\"`, `\"1.\"`, `\"1)\"`, `\"a)\"`, `\"a.\"`, `\"-\"`, `\"+\"`, `\"*\"` or `\"\"` (no number). The `\"1-\"` of the example is not one of them. The heading scheme of Decree 30/2020/ND-CP uses I., 1., a) (Annex I, Part I, II.6.đ); the others follow the habits of reports.",
    },
    fix: Tr {
        vi: "Dùng một trong các kiểu kể trên, đặt trong dấu nháy kép.",
        en: "Use one of the styles above, in double quotes.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
numbering:
  models: "1-"
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
numbering:
  models: "1)"
"#,
    }],
};
