//! The explanations of the codes of the data folder and its files: for each code its title,
//! explanation and fix in every language side by side, and its example.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `E-data-dir`
pub(super) const DATA_DIR: Explanation = Explanation {
    title: Tr {
        vi: "Không có thư mục dữ liệu",
        en: "No such data folder",
    },
    explanation: Tr {
        vi: "Các lệnh `report check`, `report build`, `report figures` và `report init --from` cần đường dẫn tới một thư mục dữ liệu có sẵn, tức thư mục chứa report.yaml và thư mục sectors/. Đường dẫn đã ghi không dẫn tới thư mục nào: thường do gõ sai tên (thiếu số 0 của tháng, nhầm dấu gạch), hoặc do chạy lệnh ở một thư mục khác với thư mục chứa data/.",
        en: "`report check`, `report build`, `report figures` and `report init --from` need the path of an existing data folder: the folder that holds report.yaml and sectors/. The path given leads to no folder: usually a typo (a month without its zero, a wrong dash), or the command was run from another folder than the one that holds data/.",
    },
    fix: Tr {
        vi: "Kiểm tra lại tên thư mục (lệnh `ls data` liệt kê các thư mục đang có), hoặc chuyển đến đúng thư mục rồi chạy lại lệnh.",
        en: "Check the folder's name (`ls data` lists the folders there), or go to the right folder and run the command again.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls data
2021-03  2021-04
$ report check data/2021-4
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ report check data/2021-04
"#,
    }],
};

/// `E-read`
pub(super) const READ: Explanation = Explanation {
    title: Tr {
        vi: "Không đọc được tệp",
        en: "A file cannot be read",
    },
    explanation: Tr {
        vi: "Thư mục dữ liệu mở được, nhưng một tệp (hoặc thư mục) trong đó không đọc được. Thông báo nói lý do theo lời của hệ thống: không có quyền đọc, tệp đang bị chương trình khác khóa, ổ mạng đã ngắt kết nối, hoặc các liên kết tượng trưng (symlink) trỏ vòng vào nhau. Tệp không đọc được thì không kiểm tra được, nên báo cáo không được dựng.",
        en: "The data folder opens, but a file (or folder) in it cannot be read. The message gives the system's reason: no permission to read it, another program holds it locked, a network drive went away, or symbolic links lead in a loop. A file that cannot be read cannot be checked, so nothing is built.",
    },
    fix: Tr {
        vi: "Cấp quyền đọc cho tệp (trên Windows: nhấp chuột phải, Properties, Security), đóng chương trình đang giữ tệp, hoặc chép tệp về máy, rồi chạy lại.",
        en: "Give read permission on the file (on Windows: right-click, Properties, Security), close the program that holds it, or copy it to this machine, then run again.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls -l data/2021-04/sectors
--w------- 1 vanthu vanthu 5120 Apr 28 08:15 01-kinh-te.yaml
$ report check data/2021-04
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ chmod u+r data/2021-04/sectors/01-kinh-te.yaml
$ report check data/2021-04
"#,
    }],
};

/// `E-utf8`
pub(super) const UTF8: Explanation = Explanation {
    title: Tr {
        vi: "Tệp không phải văn bản UTF-8",
        en: "The file is not UTF-8 text",
    },
    explanation: Tr {
        vi: "Mọi tệp dữ liệu phải được lưu bằng bảng mã Unicode UTF-8. Nghị định 30/2020/NĐ-CP yêu cầu văn bản dùng bộ mã ký tự Unicode theo TCVN 6909:2001 (Phụ lục I, Phần I, mục I.4), và UTF-8 là cách lưu bộ mã đó mà mọi trình soạn thảo hiện nay dùng. Tệp này chứa những byte không phải UTF-8: thường do được lưu từ một chương trình cũ bằng bảng mã Windows-1258 hay ANSI, hoặc do chép nhầm một tệp Word (.doc, .docx) vào chỗ của tệp .yaml. Công cụ không đoán bảng mã, vì đoán sai sẽ làm sai chữ trong văn bản.",
        en: "Every data file is saved in the Unicode UTF-8 encoding. Decree 30/2020/ND-CP asks for Unicode characters per TCVN 6909:2001 (Annex I, Part I, I.4), and UTF-8 is the way every editor today stores them. This file holds bytes that are not UTF-8: usually an old program saved it in Windows-1258 or ANSI, or a Word file (.doc, .docx) was copied where a .yaml file belongs. The tool does not guess the encoding: a wrong guess would change the words of the document.",
    },
    fix: Tr {
        vi: "Mở tệp bằng Notepad (hoặc Notepad++, VS Code), chọn Save As (Lưu thành), chọn bảng mã (Encoding) UTF-8, lưu lại rồi chạy lại.",
        en: "Open the file in Notepad (or Notepad++, VS Code), Save As with the UTF-8 encoding, and run again.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ file data/2021-04/sectors/01-kinh-te.yaml
data/2021-04/sectors/01-kinh-te.yaml: ISO-8859 text
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ file data/2021-04/sectors/01-kinh-te.yaml
data/2021-04/sectors/01-kinh-te.yaml: Unicode text, UTF-8 text
"#,
    }],
};

/// `E-file-too-large`
pub(super) const FILE_TOO_LARGE: Explanation = Explanation {
    title: Tr {
        vi: "Tệp quá lớn",
        en: "The file is too large",
    },
    explanation: Tr {
        vi: "Mỗi tệp dữ liệu được đọc tối đa 4 MiB, và tất cả các tệp của một thư mục dữ liệu cộng lại tối đa 64 MiB. Cả bản báo cáo mẫu data/2021-04 chỉ khoảng 24 KB, nên một tệp lớn hơn giới hạn gần như chắc chắn là do dán nhầm (một bảng số liệu rất dài, một tệp ảnh hay tệp nén đổi tên thành .yaml). Giới hạn này giữ cho máy không bị treo khi gặp tệp như vậy.",
        en: "Each data file is read up to 4 MiB, and all the files of a data folder together up to 64 MiB. The whole reference report data/2021-04 is about 24 KB, so a file past the limit was almost surely pasted by mistake (a very long table, an image or an archive renamed .yaml). The limit keeps the machine from stalling on such a file.",
    },
    fix: Tr {
        vi: "Kiểm tra xem có dán nhầm dữ liệu không. Nếu nội dung thật sự dài, tách lĩnh vực thành nhiều tệp, và đưa bảng số liệu lớn ra tệp CSV hoặc XLSX riêng (`rows_from`).",
        en: "Check for data pasted by mistake. If the content really is that long, split the sector into several files, and move large tables to a CSV or XLSX file of their own (`rows_from`).",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls -l data/2021-04/sectors
-rw-r--r-- 1 vanthu vanthu 52428800 Apr 28 08:15 01-kinh-te.yaml
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ ls -l data/2021-04/sectors
-rw-r--r-- 1 vanthu vanthu 18432 Apr 28 08:15 01-kinh-te.yaml
"#,
    }],
};

/// `E-outside-folder`
pub(super) const OUTSIDE_FOLDER: Explanation = Explanation {
    title: Tr {
        vi: "Liên kết trỏ ra ngoài thư mục dữ liệu",
        en: "A link leads out of the data folder",
    },
    explanation: Tr {
        vi: "Một tệp hoặc thư mục trong thư mục dữ liệu (hoặc trong thư mục mẫu) là một liên kết tượng trưng (symlink) trỏ tới chỗ khác trên đĩa. Công cụ chỉ đọc những gì nằm trong thư mục dữ liệu, để báo cáo gửi đi không lẫn tệp của nơi khác, và để một thư mục dữ liệu nhận từ người khác không đọc được các tệp khác của máy.",
        en: "A file or folder in the data folder (or in the templates folder) is a symbolic link that leads elsewhere on the disk. The tool reads only what is inside the data folder, so that a report never mixes in files from elsewhere, and a data folder received from someone else cannot read the machine's other files.",
    },
    fix: Tr {
        vi: "Chép hẳn tệp vào thư mục dữ liệu, thay cho liên kết.",
        en: "Copy the file itself into the data folder instead of the link.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls -l data/2021-04/sectors
lrwxrwxrwx 1 vanthu vanthu 36 Apr 28 08:15 01-kinh-te.yaml -> /home/vanthu/Tải về/01-kinh-te.yaml
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ rm data/2021-04/sectors/01-kinh-te.yaml
$ cp "/home/vanthu/Tải về/01-kinh-te.yaml" data/2021-04/sectors/
"#,
    }],
};

/// `E-sectors-dir`
pub(super) const SECTORS_DIR: Explanation = Explanation {
    title: Tr {
        vi: "Không có thư mục sectors/",
        en: "There is no sectors/ folder",
    },
    explanation: Tr {
        vi: "Nội dung của báo cáo nằm trong thư mục sectors/ của thư mục dữ liệu, mỗi lĩnh vực (phòng, ban) một tệp .yaml, đọc theo thứ tự tên tệp. Thư mục dữ liệu này không có sectors/ (hoặc sectors là một tệp), nên báo cáo không có phần nội dung. Thư mục sectors/ có mà không đọc được thì báo lỗi `E-read`.",
        en: "The report's content is in the data folder's sectors/ folder, one .yaml file per sector (department), read in file-name order. This data folder has no sectors/ (or sectors is a file), so the report has no content. A sectors/ folder that is there but cannot be read is `E-read`.",
    },
    fix: Tr {
        vi: "Tạo thư mục sectors/ cạnh report.yaml và đặt vào đó các tệp lĩnh vực, ví dụ sectors/01-kinh-te.yaml. Lệnh `report init` tạo sẵn khung thư mục này.",
        en: "Make a sectors/ folder beside report.yaml and put the sector files in it, e.g. sectors/01-kinh-te.yaml. `report init` makes this skeleton.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls data/2021-04
report.yaml
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ ls data/2021-04 data/2021-04/sectors
data/2021-04:
report.yaml  sectors

data/2021-04/sectors:
01-kinh-te.yaml
"#,
    }],
};

/// `E-sector-file`
pub(super) const SECTOR_FILE: Explanation = Explanation {
    title: Tr {
        vi: "Tệp trong sectors/ không phải tệp YAML",
        en: "A file in sectors/ is not a YAML file",
    },
    explanation: Tr {
        vi: "Mọi tệp trong sectors/ đều được coi là một lĩnh vực của báo cáo, nên ở đó chỉ được có tệp .yaml (hoặc .yml). Một tệp khác (ghi chú .txt, bản Word, thư mục con) có thể là nội dung quên chưa chép vào, nên công cụ báo lỗi thay vì lặng lẽ bỏ qua. Tệp ẩn (tên bắt đầu bằng dấu chấm) thì được bỏ qua.",
        en: "Every file in sectors/ is taken for a sector of the report, so only .yaml (or .yml) files belong there. Another file (a .txt note, a Word copy, a sub-folder) may be content not copied in yet, so the tool says so instead of skipping it silently. Hidden files (whose names start with a dot) are skipped.",
    },
    fix: Tr {
        vi: "Chuyển tệp đó ra khỏi sectors/ (ví dụ ra thư mục dữ liệu), hoặc chép nội dung của nó vào một tệp .yaml.",
        en: "Move the file out of sectors/ (to the data folder, say), or copy its content into a .yaml file.",
    },
    example: &[
        Snippet {
            path: "sectors/01-kinh-te.yaml",
            text: r#"
title: "Trong lĩnh vực kinh tế:"
models:
  - body:
      - Hiện trên địa bàn có 08 Hội quán.
"#,
        },
        Snippet {
            path: "sectors/ghi-chu.txt",
            text: r#"
Ghi chú: nhớ bổ sung số liệu tháng 3 trước khi trình ký.
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
      - Hiện trên địa bàn có 08 Hội quán.
"#,
        },
        Snippet {
            path: "ghi-chu.txt",
            text: r#"
Ghi chú: nhớ bổ sung số liệu tháng 3 trước khi trình ký.
"#,
        },
    ],
};

/// `E-no-sectors`
pub(super) const NO_SECTORS: Explanation = Explanation {
    title: Tr {
        vi: "Thư mục sectors/ không có tệp lĩnh vực nào",
        en: "The sectors/ folder has no sector file",
    },
    explanation: Tr {
        vi: "Thư mục sectors/ có, nhưng không có tệp .yaml nào (tệp ẩn như .gitkeep không tính), nên báo cáo không có phần nội dung.",
        en: "There is a sectors/ folder, but it holds no .yaml file (hidden files such as .gitkeep do not count), so the report has no content.",
    },
    fix: Tr {
        vi: "Thêm ít nhất một tệp lĩnh vực, ví dụ sectors/01-kinh-te.yaml với `title:` và nội dung.",
        en: "Add at least one sector file, e.g. sectors/01-kinh-te.yaml with its `title:` and content.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls -A data/2021-04/sectors
.gitkeep
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ ls -A data/2021-04/sectors
.gitkeep  01-kinh-te.yaml
"#,
    }],
};

/// `E-too-many-sectors`
pub(super) const TOO_MANY_SECTORS: Explanation = Explanation {
    title: Tr {
        vi: "Quá nhiều tệp trong sectors/",
        en: "Too many files in sectors/",
    },
    explanation: Tr {
        vi: "Thư mục sectors/ được đọc tối đa 500 tệp. Một báo cáo của Ủy ban nhân dân có vài chục lĩnh vực đã là dài; vài trăm tệp thường là do chép nhầm cả một thư mục khác vào sectors/. Giới hạn này giữ cho công cụ không đọc tràn lan.",
        en: "The sectors/ folder is read up to 500 files. A People's Committee report with a few dozen sectors is already a long one; hundreds of files usually mean a whole other folder was copied into sectors/ by mistake. The limit keeps the tool from reading without end.",
    },
    fix: Tr {
        vi: "Xóa những gì chép nhầm vào sectors/, hoặc gộp các lĩnh vực nhỏ vào một tệp.",
        en: "Remove what was copied into sectors/ by mistake, or merge small sectors into one file.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls data/2021-04/sectors | wc -l
612
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ ls data/2021-04/sectors
01-kinh-te.yaml  02-van-hoa-xa-hoi.yaml  03-noi-chinh.yaml
"#,
    }],
};

/// `E-appendix-file`
pub(super) const APPENDIX_FILE: Explanation = Explanation {
    title: Tr {
        vi: "Tệp trong appendices/ không phải tệp YAML",
        en: "A file in appendices/ is not a YAML file",
    },
    explanation: Tr {
        vi: "Mỗi tệp trong thư mục appendices/ là một phụ lục của báo cáo (Phụ lục I, II, … theo thứ tự tên tệp), nên ở đó chỉ được có tệp .yaml (hoặc .yml). Một tệp khác có thể là phụ lục quên chưa viết thành YAML, nên công cụ báo lỗi thay vì bỏ qua. Tệp ẩn (tên bắt đầu bằng dấu chấm) thì được bỏ qua.",
        en: "Each file in the appendices/ folder is an appendix of the report (Phụ lục I, II, … in file-name order), so only .yaml (or .yml) files belong there. Another file may be an appendix not written as YAML yet, so the tool says so instead of skipping it. Hidden files (whose names start with a dot) are skipped.",
    },
    fix: Tr {
        vi: "Chuyển tệp đó ra khỏi appendices/, hoặc viết phụ lục thành một tệp .yaml (`title:`, `body:`).",
        en: "Move the file out of appendices/, or write the appendix as a .yaml file (`title:`, `body:`).",
    },
    example: &[Snippet {
        path: "appendices/ghi-chu.txt",
        text: r#"
Phụ lục số liệu: chờ Phòng Tài chính gửi.
"#,
    }],
    fixed: &[Snippet {
        path: "ghi-chu.txt",
        text: r#"
Phụ lục số liệu: chờ Phòng Tài chính gửi.
"#,
    }],
};

/// `E-too-many-appendices`
pub(super) const TOO_MANY_APPENDICES: Explanation = Explanation {
    title: Tr {
        vi: "Quá nhiều tệp trong appendices/",
        en: "Too many files in appendices/",
    },
    explanation: Tr {
        vi: "Thư mục appendices/ được đọc tối đa 50 tệp. Phụ lục được đánh số bằng chữ số La Mã, Phụ lục I, II, III… (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1.a); hơn 50 phụ lục thường là do chép nhầm cả một thư mục vào appendices/.",
        en: "The appendices/ folder is read up to 50 files. Appendices are numbered in Roman numerals, Phụ lục I, II, III… (Decree 30/2020/ND-CP, Annex I, Part I, III.1.a); more than 50 usually means a whole folder was copied into appendices/ by mistake.",
    },
    fix: Tr {
        vi: "Xóa những gì chép nhầm vào appendices/, hoặc gộp các phụ lục.",
        en: "Remove what was copied into appendices/ by mistake, or merge appendices.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls data/2021-04/appendices | wc -l
51
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ ls data/2021-04/appendices
01-ngan-sach.yaml  02-theo-ap.yaml
"#,
    }],
};
