//! The explanations of the codes of templates, outputs and the PDF: for each code its
//! title, explanation and fix in every language side by side, and its example.

use super::{Explanation, Snippet};
use crate::messages::Tr;

/// `E-templates-dir`
pub(super) const TEMPLATES_DIR: Explanation = Explanation {
    title: Tr {
        vi: "Không có thư mục mẫu",
        en: "No such templates folder",
    },
    explanation: Tr {
        vi: "`--templates THƯ_MỤC` chỉ một thư mục chứa các mẫu Markdown (report.md, header.md, blocks.md, closing.md) thay cho mẫu có sẵn. Thư mục đã ghi không có, hoặc là một tệp. Lệnh dừng lại (mã thoát 2) mà không dựng gì.",
        en: "`--templates FOLDER` names a folder of Markdown templates (report.md, header.md, blocks.md, closing.md) that replace the built-in ones. The folder given is not there, or is a file. The command stops (exit 2) and builds nothing.",
    },
    fix: Tr {
        vi: "Ghi đúng đường dẫn của thư mục mẫu, hoặc bỏ `--templates` để dùng mẫu có sẵn (hoặc thư mục templates/ trong thư mục dữ liệu).",
        en: "Give the right path of the templates folder, or leave `--templates` out for the built-in templates (or the data folder's templates/).",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --templates mau-bao-cao
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ ls mau-bao-cao
closing.md  report.md
$ report build data/2021-04 --templates mau-bao-cao
"#,
    }],
};

/// `E-template`
pub(super) const TEMPLATE: Explanation = Explanation {
    title: Tr {
        vi: "Mẫu Markdown lỗi",
        en: "Markdown template error",
    },
    explanation: Tr {
        vi: "Một tệp mẫu trong thư mục templates/ của thư mục dữ liệu (hoặc trong `--templates`) thay cho mẫu có sẵn cùng tên, và được viết theo cú pháp Tera: `{{ … }}` in một giá trị, `{% … %}` là một lệnh (for, if…). Mẫu này sai cú pháp, như lệnh `{% endfor` thiếu `%}` trong ví dụ; lời của Tera (tiếng Anh) chỉ ra tệp, dòng và cột. Chỉ bản Markdown dùng mẫu; lỗi này có khi dựng (`report build`), không có khi chỉ kiểm tra.",
        en: "A template file in the data folder's templates/ (or in `--templates`) replaces the built-in template of the same name, and is written in Tera: `{{ … }}` prints a value, `{% … %}` is a statement (for, if…). This template has a syntax error, like the `{% endfor` without its `%}` of the example; Tera's own words (in English) give the file, line and column. Only the Markdown output uses templates; the error comes with `report build`, not with `report check`.",
    },
    fix: Tr {
        vi: "Sửa mẫu theo cú pháp Tera, hoặc xóa tệp mẫu để dùng mẫu có sẵn.",
        en: "Fix the template (Tera syntax), or delete the file to use the built-in one.",
    },
    example: &[Snippet {
        path: "templates/closing.md",
        text: r#"
***Nơi nhận:***
{% for line in md.closing.recipients %}
- {{ line }}
{% endfor

**{{ md.closing.signer_name }}**
"#,
    }],
    fixed: &[Snippet {
        path: "templates/closing.md",
        text: r#"
***Nơi nhận:***
{% for line in md.closing.recipients %}
- {{ line }}
{% endfor %}

**{{ md.closing.signer_name }}**
"#,
    }],
};

/// `E-template-budget`
pub(super) const TEMPLATE_BUDGET: Explanation = Explanation {
    title: Tr {
        vi: "Mẫu Markdown vượt giới hạn",
        en: "A Markdown template past its budget",
    },
    explanation: Tr {
        vi: "Các mẫu Markdown được dựng trong giới hạn, để một mẫu viết nhầm (hay cố ý) không làm treo máy: tối đa 32 tệp mẫu, 16 tầng mẫu gọi nhau (`include`, `extends`), 1.000.000 phần tử do các vòng `range` sinh ra, 64 MiB chữ Markdown, 10 giây và một lượng bộ nhớ giới hạn. Một mẫu báo cáo bình thường còn cách xa các giới hạn đó. Lệnh dừng lại (mã thoát 2) và không ghi tệp nào.",
        en: "Markdown templates render within a budget, so that a mistaken (or hostile) template cannot stall the machine: at most 32 template files, 16 templates naming one another (`include`, `extends`), 1,000,000 items from `range` loops, 64 MiB of Markdown, 10 seconds and a bounded amount of memory. A report's template stays far from these. The command stops (exit 2) and writes nothing.",
    },
    fix: Tr {
        vi: "Sửa mẫu cho bớt vòng lặp hay lồng nhau, hoặc xóa nó để dùng mẫu có sẵn.",
        en: "Fix the template so that it loops or nests less, or delete it to use the built-in one.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ cat data/2021-04/templates/closing.md
{% for i in range(end=100000000) %}-{% endfor %}
$ report build data/2021-04
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ rm data/2021-04/templates/closing.md
$ report build data/2021-04
"#,
    }],
};

/// `E-output`
pub(super) const OUTPUT: Explanation = Explanation {
    title: Tr {
        vi: "Đường dẫn kết quả không phải tệp thường",
        en: "The output path is not a regular file",
    },
    explanation: Tr {
        vi: "`report build` ghi kết quả vào thư mục `--out` (mặc định out/), mỗi thư mục dữ liệu một tên, như out/2021-04.docx. Ở đường dẫn đó lại có một thư mục hoặc một liên kết, không phải tệp thường, nên công cụ không ghi đè: chưa ghi tệp nào, các tệp cũ được giữ nguyên.",
        en: "`report build` writes into the `--out` folder (out/ by default), one name per data folder, such as out/2021-04.docx. At that path there is a folder or a link instead of a regular file, so the tool does not overwrite it: nothing was written, the previous outputs are as they were.",
    },
    fix: Tr {
        vi: "Xóa hoặc đổi tên thư mục (liên kết) đó, hoặc chọn thư mục `--out` khác.",
        en: "Remove or rename that folder (or link), or choose another `--out` folder.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ ls -ld out/2021-04.docx
drwxr-xr-x 2 vanthu vanthu 4096 Apr 28 08:15 out/2021-04.docx
$ report build data/2021-04
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ mv out/2021-04.docx out/2021-04-cu
$ report build data/2021-04
"#,
    }],
};

/// `E-write`
pub(super) const WRITE: Explanation = Explanation {
    title: Tr {
        vi: "Ghi kết quả được một phần",
        en: "Outputs partly written",
    },
    explanation: Tr {
        vi: "Các tệp kết quả của một lần dựng (DOCX, Markdown, PDF…) được ghi cùng lúc: tệp mới được ghi ra bên cạnh, rồi thay tệp cũ. Lần này việc ghi hỏng giữa chừng (thông báo nói lý do, như hết chỗ trên đĩa), sau khi một số tệp đã được thay mà không đặt lại được bản cũ. Thông báo kể ra các tệp đó: lúc này các tệp kết quả không cùng một lần dựng.",
        en: "The outputs of one build (DOCX, Markdown, PDF…) are written together: each new file is written beside the old one, then takes its place. This time writing failed halfway (the message says why, such as a full disk), after some outputs were replaced and the old ones could not be put back. The message lists them: the outputs are not from one build now.",
    },
    fix: Tr {
        vi: "Sửa nguyên nhân (giải phóng chỗ trên đĩa, cấp quyền ghi), rồi dựng lại; hoặc dựng vào thư mục `--out` khác.",
        en: "Fix the cause (free space on the disk, give write permission), then build again; or build into another `--out` folder.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ df -h out
Filesystem      Size  Used Avail Use% Mounted on
/dev/sdb1        16G   16G     0 100% /media/usb
$ report build data/2021-04
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --out ~/bao-cao
"#,
    }],
};

/// `E-out-inside-data`
pub(super) const OUT_INSIDE_DATA: Explanation = Explanation {
    title: Tr {
        vi: "Thư mục kết quả nằm trong thư mục dữ liệu",
        en: "The output folder is inside the data folder",
    },
    explanation: Tr {
        vi: "Thư mục `--out` nằm bên trong thư mục dữ liệu (hoặc thư mục mẫu): kết quả sẽ ghi lẫn vào dữ liệu, và lần dựng sau sẽ gặp các tệp lạ trong dữ liệu. Lệnh dừng lại mà không dựng gì.",
        en: "The `--out` folder is inside the data folder (or the templates folder): the outputs would land among the data, and the next build would meet strange files in it. The command stops and builds nothing.",
    },
    fix: Tr {
        vi: "Chọn `--out` ở ngoài thư mục dữ liệu và thư mục mẫu, ví dụ `--out out`.",
        en: "Choose an `--out` outside the data and templates folders, e.g. `--out out`.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --out data/2021-04/ket-qua
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --out out
"#,
    }],
};

/// `E-pdf-no-office`
pub(super) const PDF_NO_OFFICE: Explanation = Explanation {
    title: Tr {
        vi: "Không tìm thấy LibreOffice để dựng PDF",
        en: "LibreOffice not found to make the PDF",
    },
    explanation: Tr {
        vi: "Bản PDF (`--format pdf`) được tạo bằng cách cho LibreOffice chuyển tệp DOCX sang PDF, vì công cụ không tự dàn trang. Máy này không có LibreOffice (chương trình `soffice` không có trong PATH), hoặc đường dẫn ghi trong `--soffice` hay biến môi trường REPORT_SOFFICE không chạy được.",
        en: "The PDF (`--format pdf`) is made by LibreOffice converting the DOCX, since the tool lays out no pages itself. This machine has no LibreOffice (no `soffice` program on the PATH), or the path in `--soffice` or the REPORT_SOFFICE environment variable does not run.",
    },
    fix: Tr {
        vi: "Cài LibreOffice (trên Debian, Ubuntu: `sudo apt-get install -y libreoffice-writer-nogui fonts-liberation`), hoặc chỉ đường dẫn tới `soffice` bằng `--soffice`, hoặc bỏ `pdf` khỏi `--format`.",
        en: "Install LibreOffice (on Debian, Ubuntu: `sudo apt-get install -y libreoffice-writer-nogui fonts-liberation`), or give the path of `soffice` with `--soffice`, or leave `pdf` out of `--format`.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --format docx,pdf
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ sudo apt-get install -y libreoffice-writer-nogui fonts-liberation
$ report build data/2021-04 --format docx,pdf
"#,
    }],
};

/// `E-pdf`
pub(super) const PDF: Explanation = Explanation {
    title: Tr {
        vi: "LibreOffice không tạo được PDF",
        en: "LibreOffice made no PDF",
    },
    explanation: Tr {
        vi: "LibreOffice đã chạy nhưng không tạo ra tệp PDF (lời của LibreOffice được in kèm), hoặc chương trình được chỉ bằng `--soffice` ghi ra một tệp không phải PDF, hay lớn bất thường: khi đó không tệp nào bị thay. Thường do `--soffice` chỉ nhầm một chương trình khác, như trong ví dụ, hoặc bản LibreOffice bị hỏng.",
        en: "LibreOffice ran but made no PDF (its own words follow), or the program `--soffice` names wrote a file that is no PDF, or one unusually large: then nothing is replaced. Usually `--soffice` names another program, as in the example, or the LibreOffice install is broken.",
    },
    fix: Tr {
        vi: "Kiểm tra `--soffice` (hoặc REPORT_SOFFICE) chỉ đúng chương trình `soffice` của LibreOffice; mở tệp DOCX bằng LibreOffice để xem có lỗi không.",
        en: "Check that `--soffice` (or REPORT_SOFFICE) names LibreOffice's `soffice` program; open the DOCX in LibreOffice to see if anything is wrong.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --format pdf --soffice /usr/bin/evince
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --format pdf --soffice /usr/bin/soffice
"#,
    }],
};

/// `E-pdf-timeout`
pub(super) const PDF_TIMEOUT: Explanation = Explanation {
    title: Tr {
        vi: "LibreOffice chạy quá thời gian chờ",
        en: "LibreOffice took too long",
    },
    explanation: Tr {
        vi: "Mỗi lần chuyển sang PDF được chờ tối đa `--pdf-timeout` giây (mặc định 120). LibreOffice chưa xong trong thời gian đó nên đã bị dừng, cùng mọi tiến trình nó tạo ra. Thường do máy đang bận, văn bản rất dài, hoặc thời gian chờ đặt quá ngắn như trong ví dụ.",
        en: "Each conversion to PDF is given at most `--pdf-timeout` seconds (120 by default). LibreOffice had not finished by then, so it was stopped, with every process it started. Usually the machine is busy, the document very long, or the time too short, as in the example.",
    },
    fix: Tr {
        vi: "Tăng thời gian chờ bằng `--pdf-timeout GIÂY`, ví dụ `--pdf-timeout 300`, hoặc chạy lại khi máy rảnh.",
        en: "Give it longer with `--pdf-timeout SECONDS`, e.g. `--pdf-timeout 300`, or run again when the machine is less busy.",
    },
    example: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --format pdf --pdf-timeout 10
"#,
    }],
    fixed: &[Snippet {
        path: "$",
        text: r#"
$ report build data/2021-04 --format pdf --pdf-timeout 300
"#,
    }],
};
