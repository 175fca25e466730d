//! The explanations of the codes of YAML and keys: for each code its title, explanation and
//! fix in every language side by side, and its example.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `E-yaml-tab`
pub(super) const YAML_TAB: Explanation = Explanation {
    title: Tr {
        vi: "Dấu tab dùng để thụt lề",
        en: "A tab used for indentation",
    },
    explanation: Tr {
        vi: "Tệp dữ liệu viết theo cú pháp YAML, trong đó thụt lề (số dấu cách ở đầu dòng) cho biết dòng nào thuộc nhóm nào. YAML chỉ cho thụt lề bằng dấu cách, không bằng dấu tab, vì mỗi trình soạn thảo hiện dấu tab một độ rộng khác nhau. Trong ví dụ, dòng `- body:` bắt đầu bằng một dấu tab, nhìn giống hai dấu cách.",
        en: "Data files are written in YAML, where the indentation (the spaces at the start of a line) tells which line belongs to which group. YAML indents with spaces only, never with tabs, since every editor shows a tab at another width. In the example, the line `- body:` starts with a tab that looks like two spaces.",
    },
    fix: Tr {
        vi: "Thay dấu tab ở đầu dòng bằng dấu cách, đúng số dấu cách như các dòng cùng cấp. Nhiều trình soạn thảo có tùy chọn tự đổi tab thành dấu cách.",
        en: "Replace the tab at the start of the line by spaces, as many as the lines of its level have. Many editors have an option that turns tabs into spaces.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: "\ntitle: \"Trong lĩnh vực kinh tế:\"\nmodels:\n\t- body:\n      - Hiện trên địa bàn có 08 Hội quán.\n",
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

/// `E-yaml-indent`
pub(super) const YAML_INDENT: Explanation = Explanation {
    title: Tr {
        vi: "Dòng thụt lề không khớp với các dòng cùng cấp",
        en: "A line indented unlike the others of its level",
    },
    explanation: Tr {
        vi: "Trong YAML, các khóa của cùng một nhóm phải bắt đầu ở cùng một cột. Trong ví dụ, `footnotes:` thuộc mô hình, cùng cấp với `title:` và `body:` (thụt 4 dấu cách), nhưng lại thụt 3 dấu cách, nên không thuộc nhóm nào.",
        en: "In YAML, the keys of one group start at the same column. In the example, `footnotes:` belongs to the model, at the level of `title:` and `body:` (4 spaces in), but it is indented by 3 spaces, so it belongs to no group.",
    },
    fix: Tr {
        vi: "Thụt lề dòng đó bằng đúng số dấu cách như các khóa cùng cấp ở trên.",
        en: "Indent the line by as many spaces as the keys of its level above.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
   footnotes: {}
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
    footnotes: {}
"#,
    }],
};

/// `E-yaml-quote`
pub(super) const YAML_QUOTE: Explanation = Explanation {
    title: Tr {
        vi: "Dấu nháy mở mà không đóng",
        en: "A quote opened and never closed",
    },
    explanation: Tr {
        vi: "Một giá trị bắt đầu bằng dấu nháy (`\"` hoặc `'`) thì phải kết thúc bằng đúng dấu nháy đó. Thiếu dấu đóng, YAML đọc tiếp các dòng sau như thể chúng là chữ của đoạn, cho đến hết tệp. Công cụ chỉ ra dấu nháy mở, dù trình đọc YAML có thể chỉ phát hiện lỗi ở một dòng xa hơn.",
        en: "A value that starts with a quote (`\"` or `'`) ends with the same quote. Without it, YAML reads the lines after it as text of the paragraph, to the end of the file. The tool points at the opening quote, even when the YAML reader only trips lines later.",
    },
    fix: Tr {
        vi: "Thêm dấu nháy đóng ở cuối giá trị. Trong chữ, một dấu nháy kép viết là `\\\"`; trong giá trị mở bằng `'`, một dấu `'` viết là `''`.",
        en: "Add the closing quote at the end of the value. Inside the text, a double quote is written `\\\"`; in a value opened with `'`, a `'` is written `''`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán.
difficulties:
  - Thiếu vốn sản xuất.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hiện trên địa bàn có 08 Hội quán."
difficulties:
  - Thiếu vốn sản xuất.
"#,
    }],
};

/// `E-yaml-after-quote`
pub(super) const YAML_AFTER_QUOTE: Explanation = Explanation {
    title: Tr {
        vi: "Có chữ sau dấu nháy đóng giá trị",
        en: "Text after the closing quote of a value",
    },
    explanation: Tr {
        vi: "Khi một giá trị bắt đầu bằng dấu nháy, YAML coi dấu nháy đóng là hết giá trị, và sau đó không được có chữ nào khác. Lỗi này hay gặp khi đoạn văn bắt đầu bằng một tên trong ngoặc kép, như `\"Hội quán Làng bột\" hoạt động hiệu quả.`: YAML hiểu phần trong ngoặc là cả giá trị, và không biết làm gì với phần còn lại.",
        en: "When a value starts with a quote, YAML takes the closing quote for the end of the value, and nothing else may follow. This often happens when a paragraph starts with a quoted name, as in `\"Hội quán Làng bột\" hoạt động hiệu quả.`: YAML takes the quoted part for the whole value and cannot place the rest.",
    },
    fix: Tr {
        vi: "Đặt cả đoạn trong dấu nháy kép, và viết các dấu nháy kép bên trong thành `\\\"`.",
        en: "Put the whole paragraph in double quotes, and write the double quotes inside it as `\\\"`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "Hội quán Làng bột" hoạt động hiệu quả.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "\"Hội quán Làng bột\" hoạt động hiệu quả."
"#,
    }],
};

/// `E-yaml-bracket`
pub(super) const YAML_BRACKET: Explanation = Explanation {
    title: Tr {
        vi: "Dấu ngoặc [ hoặc { mở mà không đóng",
        en: "A [ or { opened and never closed",
    },
    explanation: Tr {
        vi: "Trong YAML, `[ … ]` là một danh sách viết trên một dòng và `{ … }` là một nhóm khóa viết trên một dòng. Dấu mở mà thiếu dấu đóng thì YAML đọc tiếp sang các dòng sau và báo lỗi ở một chỗ xa hơn; công cụ chỉ ra đúng dấu mở. Nếu `[` là chữ của văn bản (một đoạn bắt đầu bằng `[`), giá trị phải đặt trong dấu nháy kép.",
        en: "In YAML, `[ … ]` is a list written on one line and `{ … }` a mapping written on one line. An opening bracket without its closing one makes YAML read on into the next lines and trip further down; the tool points at the opening bracket. If the `[` is text (a paragraph that starts with `[`), the value must be in double quotes.",
    },
    fix: Tr {
        vi: "Thêm `]` (hoặc `}`) ở cuối, hoặc viết danh sách thành nhiều dòng, mỗi phần tử một dòng bắt đầu bằng `- `.",
        en: "Add the `]` (or `}`) at the end, or write the list on several lines, one item per line starting with `- `.",
    },
    example: &[Snippet {
        path: "report.yaml",
        text: r#"
recipients: [Như trên, CT và PCT UBND TP, "Lưu: VT"
"#,
    }],
    fixed: &[Snippet {
        path: "report.yaml",
        text: r#"
recipients: [Như trên, CT và PCT UBND TP, "Lưu: VT"]
"#,
    }],
};

/// `E-yaml-colon`
pub(super) const YAML_COLON: Explanation = Explanation {
    title: Tr {
        vi: "Dấu hai chấm và dấu cách trong giá trị không có dấu nháy",
        en: "A colon and a space in an unquoted value",
    },
    explanation: Tr {
        vi: "YAML hiểu `: ` (dấu hai chấm rồi dấu cách) là chỗ ngăn giữa khóa và giá trị. Một giá trị không có dấu nháy mà chứa `: `, như `title: Lĩnh vực kinh tế: nông nghiệp, dịch vụ`, thì YAML không biết dấu hai chấm nào ngăn khóa. Chữ của báo cáo thường có dấu hai chấm (\"Kết quả: …\", \"Chi tiết tại [Phụ lục: …]\"), nên đây là lỗi hay gặp.",
        en: "YAML reads `: ` (a colon, then a space) as what separates a key from its value. In an unquoted value that holds `: `, such as `title: Lĩnh vực kinh tế: nông nghiệp, dịch vụ`, YAML cannot tell which colon ends the key. A report's text often has colons (\"Kết quả: …\", \"Chi tiết tại [Phụ lục: …]\"), so this mistake is a common one.",
    },
    fix: Tr {
        vi: "Đặt cả giá trị trong dấu nháy kép. Một giá trị kết thúc bằng dấu hai chấm, như tiêu đề \"Trong lĩnh vực kinh tế:\", cũng phải đặt trong dấu nháy kép.",
        en: "Put the whole value in double quotes. A value that ends with a colon, such as the title \"Trong lĩnh vực kinh tế:\", also goes in double quotes.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: Lĩnh vực kinh tế: nông nghiệp, dịch vụ
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Lĩnh vực kinh tế: nông nghiệp, dịch vụ"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
    }],
};

/// `E-yaml-dash`
pub(super) const YAML_DASH: Explanation = Explanation {
    title: Tr {
        vi: "Dòng `- ` nằm ở chỗ cần một khóa",
        en: "A `- ` line where a key belongs",
    },
    explanation: Tr {
        vi: "Dòng bắt đầu bằng `- ` là một phần tử của danh sách, và phải nằm dưới khóa của danh sách đó, thụt lề sâu hơn khóa. Trong ví dụ, khó khăn `- Thiếu vốn sản xuất.` đứng sát lề trái mà không có khóa `difficulties:` ở trên, nên YAML không biết nó thuộc danh sách nào.",
        en: "A line that starts with `- ` is an item of a list, and goes under the list's key, indented deeper than the key. In the example, the difficulty `- Thiếu vốn sản xuất.` stands at the left margin with no `difficulties:` key above it, so YAML cannot tell which list it belongs to.",
    },
    fix: Tr {
        vi: "Thêm khóa của danh sách ở dòng trên (ở đây là `difficulties:`) và thụt lề các phần tử sâu hơn khóa. Nếu `-` là chữ của văn bản, đặt cả giá trị trong dấu nháy kép.",
        en: "Add the list's key on the line above (here `difficulties:`) and indent the items deeper than the key. If the `-` is text, put the whole value in double quotes.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
- Thiếu vốn sản xuất.
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

/// `E-yaml-no-colon`
pub(super) const YAML_NO_COLON: Explanation = Explanation {
    title: Tr {
        vi: "Dòng không phải `khóa: giá trị`",
        en: "A line that is not `key: value`",
    },
    explanation: Tr {
        vi: "Ở cấp ngoài cùng của tệp, và trong mỗi nhóm khóa, mỗi dòng phải là `khóa: giá trị`, hoặc là phần tiếp theo của giá trị ở dòng trên (thụt lề sâu hơn). Dòng `Khó khăn` trong ví dụ không có dấu hai chấm: có lẽ đó là một lời ghi chú cho người đọc tệp.",
        en: "At the top level of a file, and in each mapping, every line is `key: value`, or the continuation of the value on the line above (indented deeper). The line `Khó khăn` in the example has no colon: it is probably a note for whoever reads the file.",
    },
    fix: Tr {
        vi: "Nếu là ghi chú, bắt đầu dòng bằng `#` (YAML bỏ qua phần sau dấu `#`). Nếu là một khóa, thêm `:` và dấu cách sau tên khóa. Nếu là phần tiếp của đoạn ở trên, thụt lề dòng đó sâu hơn khóa.",
        en: "For a note, start the line with `#` (YAML skips what follows a `#`). For a key, add `:` and a space after its name. For the continuation of the paragraph above, indent the line deeper than the key.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
Khó khăn
difficulties:
  - Thiếu vốn sản xuất.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
# Khó khăn
difficulties:
  - Thiếu vốn sản xuất.
"#,
    }],
};

/// `E-yaml-reserved`
pub(super) const YAML_RESERVED: Explanation = Explanation {
    title: Tr {
        vi: "Giá trị không có dấu nháy bắt đầu bằng @ hoặc dấu huyền",
        en: "An unquoted value that starts with @ or a backtick",
    },
    explanation: Tr {
        vi: "YAML dành riêng các ký tự `@` và `` ` `` (dấu huyền rời) ở đầu một giá trị, nên một giá trị không có dấu nháy không được bắt đầu bằng chúng, chẳng hạn một tài khoản mạng xã hội viết sau `@`.",
        en: "YAML reserves `@` and `` ` `` at the start of a value, so an unquoted value cannot start with them, such as a social-media account written after `@`.",
    },
    fix: Tr {
        vi: "Đặt cả giá trị trong dấu nháy kép, và viết các dấu nháy kép bên trong thành `\\\"`.",
        en: "Put the whole value in double quotes, and write the double quotes inside it as `\\\"`.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - @Zalo "Sa Đéc trực tuyến" đã có 12.000 người theo dõi.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "@Zalo \"Sa Đéc trực tuyến\" đã có 12.000 người theo dõi."
"#,
    }],
};

/// `E-yaml-documents`
pub(super) const YAML_DOCUMENTS: Explanation = Explanation {
    title: Tr {
        vi: "Dòng --- hoặc ... chia tệp thành nhiều phần",
        en: "A --- or ... line splits the file",
    },
    explanation: Tr {
        vi: "Trong YAML, một dòng chỉ có `---` (hoặc `...`) bắt đầu (hoặc kết thúc) một tài liệu mới trong cùng tệp. Mỗi tệp dữ liệu là một tài liệu, nên phần sau dòng đó sẽ bị tách khỏi tệp. Dòng này thường do gõ một đường kẻ cho dễ nhìn.",
        en: "In YAML, a line of only `---` (or `...`) starts (or ends) a new document in the same file. Each data file is one document, so what follows the line would be cut off from the file. Such a line is usually typed as a rule, to make the file easier to read.",
    },
    fix: Tr {
        vi: "Xóa dòng đó; muốn ngăn cách cho dễ nhìn thì dùng một dòng ghi chú bắt đầu bằng `#`. Nếu `---` là chữ của một đoạn, đặt cả đoạn trong dấu nháy kép.",
        en: "Delete the line; to set parts apart, use a comment line that starts with `#`. If `---` is text of a paragraph, put the whole paragraph in double quotes.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
---
difficulties:
  - Thiếu vốn sản xuất.
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

/// `E-not-mapping`
pub(super) const NOT_MAPPING: Explanation = Explanation {
    title: Tr {
        vi: "Tệp không gồm các dòng `khóa: giá trị`",
        en: "The file is not `key: value` lines",
    },
    explanation: Tr {
        vi: "Mỗi tệp dữ liệu (report.yaml, một tệp lĩnh vực, một tệp phụ lục) là một nhóm khóa: các dòng `khóa: giá trị` bắt đầu sát lề trái, như `title:` và `models:`. Tệp này lại là một danh sách (các dòng bắt đầu bằng `- `) hoặc chỉ là một đoạn chữ, nên công cụ không biết phần nào là tiêu đề, phần nào là nội dung.",
        en: "Each data file (report.yaml, a sector file, an appendix file) is a mapping: `key: value` lines at the left margin, such as `title:` and `models:`. This file is a list instead (lines that start with `- `), or only a text, so the tool cannot tell the title from the content.",
    },
    fix: Tr {
        vi: "Bắt đầu tệp bằng các khóa sát lề trái, mỗi khóa một dòng: `title:` cho tiêu đề lĩnh vực; `models:`, `intro:` hoặc `difficulties:` cho các đoạn.",
        en: "Start the file with keys at the left margin, one per line: `title:` for the sector's title; `models:`, `intro:` or `difficulties:` for the paragraphs.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
- Hiện trên địa bàn có 08 Hội quán.
- Thiếu vốn sản xuất.
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

/// `E-yaml-syntax`
pub(super) const YAML_SYNTAX: Explanation = Explanation {
    title: Tr {
        vi: "YAML sai cú pháp",
        en: "YAML syntax error",
    },
    explanation: Tr {
        vi: "Trình đọc YAML gặp một lỗi không thuộc các loại có mã riêng (tab, thụt lề, dấu nháy, dấu ngoặc, dấu hai chấm…). Lời của trình đọc, bằng tiếng Anh, được in sau `chi tiết:`. Một trường hợp hay gặp: đoạn văn bắt đầu bằng `*` (chữ nghiêng ở đầu đoạn) hoặc bằng `&`, `!`, `|`, `>`, `%`: YAML hiểu các ký tự này ở đầu giá trị là ký hiệu riêng của nó (`*` là bí danh, alias), không phải chữ.",
        en: "The YAML reader met a mistake of no kind that has a code of its own (tab, indentation, quote, bracket, colon…). The reader's own words, in English, follow `detail:`. A common case: a paragraph that starts with `*` (italics at its start) or with `&`, `!`, `|`, `>`, `%`: at the start of a value YAML reads these as its own signs (`*` is an alias), not as text.",
    },
    fix: Tr {
        vi: "Xem dòng được chỉ và dòng ngay trước nó: dấu ngoặc, dấu nháy, thụt lề. Một đoạn bắt đầu bằng ký tự đặc biệt thì đặt cả đoạn trong dấu nháy kép.",
        en: "Look at the line shown and the one before it: brackets, quotes, indentation. Put a paragraph that starts with a special character in double quotes.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - *Mô hình Hội quán* được nhân rộng.
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - "*Mô hình Hội quán* được nhân rộng."
"#,
    }],
};

/// `E-yaml-limit`
pub(super) const YAML_LIMIT: Explanation = Explanation {
    title: Tr {
        vi: "Tệp vượt giới hạn an toàn khi đọc YAML",
        en: "The file exceeds a safety limit of the YAML reader",
    },
    explanation: Tr {
        vi: "Trình đọc YAML có giới hạn để một tệp hỏng, hay cố ý làm hại, không làm treo máy: tối đa 24 tầng lồng nhau, 250.000 phần tử, 10.000 bí danh (alias) và 16 MiB chữ. Dữ liệu báo cáo bình thường chỉ lồng 5 hay 6 tầng, nên vượt giới hạn là dấu hiệu tệp bị hỏng, hoặc dùng bí danh YAML để nhân nội dung lên nhiều lần.",
        en: "The YAML reader has limits so that a broken or hostile file cannot stall the machine: at most 24 levels of nesting, 250,000 items, 10,000 aliases and 16 MiB of text. Report data nests 5 or 6 levels deep, so a file past the limits is broken, or multiplies its content with YAML aliases.",
    },
    fix: Tr {
        vi: "Viết thẳng nội dung: không lồng danh sách trong danh sách nhiều tầng, không dùng bí danh (`&ten`, `*ten`).",
        en: "Write the content out: no lists nested many levels deep, no aliases (`&name`, `*name`).",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro: [[[[[[[[[[[[[[[[[[[[[[[[[Hiện có 08 Hội quán.]]]]]]]]]]]]]]]]]]]]]]]]]
"#,
    }],
    fixed: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
intro: [Hiện có 08 Hội quán.]
"#,
    }],
};

/// `E-unknown-key`
pub(super) const UNKNOWN_KEY: Explanation = Explanation {
    title: Tr {
        vi: "Khóa không có trong định dạng",
        en: "Unknown key",
    },
    explanation: Tr {
        vi: "Mỗi nhóm khóa chỉ nhận những khóa đã định sẵn (tên tiếng Anh, chữ thường, nối bằng `_`; xem docs/data-format.md). Một khóa lạ thường là khóa gõ sai (`bodi` thay cho `body`, `adressees` thay cho `addressees`), và nếu bỏ qua thì nội dung dưới khóa đó sẽ mất khỏi báo cáo mà không ai hay. Công cụ gợi ý khóa đúng gần nhất, hoặc kể ra các khóa được dùng ở chỗ đó. Một khóa bắt buộc bị gõ sai chỉ báo lỗi này, không báo thêm `E-missing-key`.",
        en: "Each mapping takes only the keys of the format (English names, lower case, joined with `_`; see docs/data-format.md). An unknown key is usually a misspelt one (`bodi` for `body`, `adressees` for `addressees`), and skipping it would drop what is under it from the report without anyone noticing. The tool suggests the nearest right key, or lists the keys allowed there. A misspelt required key gives this error only, not `E-missing-key` as well.",
    },
    fix: Tr {
        vi: "Sửa tên khóa theo gợi ý.",
        en: "Correct the key's name as suggested.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - bodi:
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

/// `E-missing-key`
pub(super) const MISSING_KEY: Explanation = Explanation {
    title: Tr {
        vi: "Thiếu khóa bắt buộc",
        en: "Missing required key",
    },
    explanation: Tr {
        vi: "Một số khóa phải có: report.yaml cần `agency`, `symbol`, `place`, `date`, `doc_type`, `summary`, `sections`, `closing`, `recipients` và `signer`, tức các thành phần chính của văn bản hành chính (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2); mỗi tệp lĩnh vực cần `title`; mỗi mô hình cần `body`. Khi cấu trúc của một tệp sai như vậy, công cụ chưa kiểm tra đến nội dung của tệp đó cho đến khi sửa xong.",
        en: "Some keys must be there: report.yaml needs `agency`, `symbol`, `place`, `date`, `doc_type`, `summary`, `sections`, `closing`, `recipients` and `signer`, the main components of an administrative document (Decree 30/2020/ND-CP, Article 8.2); each sector file needs `title`; each model needs `body`. While a file's structure is wrong like this, its content is not checked until it is fixed.",
    },
    fix: Tr {
        vi: "Thêm khóa còn thiếu vào đúng nhóm được chỉ.",
        en: "Add the missing key to the mapping shown.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
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

/// `E-wrong-type`
pub(super) const WRONG_TYPE: Explanation = Explanation {
    title: Tr {
        vi: "Giá trị sai kiểu",
        en: "A value of the wrong kind",
    },
    explanation: Tr {
        vi: "Mỗi khóa nhận một kiểu giá trị: một chuỗi chữ (`title: Trong lĩnh vực kinh tế`), một danh sách (các dòng `- …` bên dưới), một nhóm khóa, hay một số. Trong ví dụ, `title` của lĩnh vực là một danh sách, trong khi tiêu đề chỉ là một dòng chữ. Khi cấu trúc của một tệp sai như vậy, công cụ chưa kiểm tra đến nội dung của tệp đó cho đến khi sửa xong.",
        en: "Each key takes one kind of value: a string (`title: Trong lĩnh vực kinh tế`), a list (`- …` lines under it), a mapping, or a number. In the example, the sector's `title` is a list, where a title is one line of text. While a file's structure is wrong like this, its content is not checked until it is fixed.",
    },
    fix: Tr {
        vi: "Viết giá trị theo kiểu mà thông báo nêu: chữ thì viết ngay sau khóa, trên cùng dòng; danh sách thì mỗi phần tử một dòng bắt đầu bằng `- `.",
        en: "Write the value of the kind the message names: text on the key's own line; a list one item per line, each starting with `- `.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title:
  - "Trong lĩnh vực kinh tế:"
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

/// `E-duplicate-key`
pub(super) const DUPLICATE_KEY: Explanation = Explanation {
    title: Tr {
        vi: "Khóa được viết hai lần",
        en: "A key written twice",
    },
    explanation: Tr {
        vi: "Trong một nhóm, mỗi khóa chỉ được viết một lần. Khóa viết hai lần thì YAML chỉ giữ một giá trị và lặng lẽ bỏ giá trị kia, nên công cụ báo lỗi ở cả hai chỗ. Trong ví dụ, mô hình có hai khóa `body:`, và đoạn thứ nhất sẽ mất.",
        en: "In one mapping each key is written once. YAML would keep one value of a key written twice and drop the other silently, so the tool points at both. In the example the model has two `body:` keys, and the first paragraph would be lost.",
    },
    fix: Tr {
        vi: "Gộp hai phần làm một (ở đây: mọi đoạn dưới một khóa `body:`), hoặc xóa dòng thừa.",
        en: "Merge the two (here: every paragraph under one `body:`), or delete the extra line.",
    },
    example: &[Snippet {
        path: "sectors/01-kinh-te.yaml",
        text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - title: Mô hình Hội quán
    body:
      - Hiện trên địa bàn có 08 Hội quán.
    body:
      - Các Hội quán liên kết phát triển du lịch.
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
      - Các Hội quán liên kết phát triển du lịch.
"#,
    }],
};
