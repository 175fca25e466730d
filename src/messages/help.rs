//! The texts of `--help`, in every language side by side.

use super::{Lang, Tr};

/// The texts of `--help`, in the language of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    About,
    Build,
    Check,
    Init,
    Schema,
    Soffice,
    PdfTimeout,
    NoPdfa,
    Watch,
    Figures,
    FigureDir,
    Status,
    StatusDir,
    Synthesis,
    LangFlag,
    MessageFormat,
    DataDirs,
    Out,
    Formats,
    Templates,
    DenyWarnings,
    CheckOutputs,
    NewDir,
    From,
    Period,
    SchemaOut,
    Explain,
    ExplainCode,
    HelpFlag,
    VersionFlag,
    Usage,
    Arguments,
    Options,
    Commands,
}

impl Help {
    pub fn text(self, lang: Lang) -> &'static str {
        use Help::*;
        match self {
            About => Tr {
                vi: "Báo cáo hành chính theo Nghị định 30/2020/NĐ-CP (DOCX, Markdown, PDF), từ dữ liệu YAML.",
                en: "The administrative report of Decree 30/2020/ND-CP (DOCX, Markdown, PDF), from YAML data.",
            },
            Build => Tr {
                vi: "Kiểm tra rồi dựng báo cáo (DOCX, Markdown, PDF) từ một hoặc nhiều thư mục dữ liệu",
                en: "Check, then build the report (DOCX, Markdown, PDF) from one or more data folders",
            },
            Check => Tr {
                vi: "Chỉ kiểm tra dữ liệu, in mọi lỗi tìm thấy",
                en: "Only check the data, printing every problem found",
            },
            Init => Tr {
                vi: "Tạo thư mục dữ liệu cho kỳ báo cáo mới, từ kỳ trước hoặc từ khung trống",
                en: "Make the data folder of a new period, from the previous one or from a skeleton",
            },
            Schema => Tr {
                vi: "Ghi JSON Schema (draft-07) của report.yaml, các tệp lĩnh vực, phụ lục và tệp siêu dữ liệu, cho trình soạn thảo",
                en: "Write the JSON Schema (draft-07) of report.yaml, the sector and appendix files and the metadata file, for editors",
            },
            Figures => Tr {
                vi: "In mọi số liệu có tên của báo cáo: giá trị khi in, nơi định nghĩa, nơi dùng (để rà soát số liệu)",
                en: "List every named figure of a report: as printed, where it is defined, where it is used (to review the numbers)",
            },
            FigureDir => Tr {
                vi: "Thư mục dữ liệu, ví dụ data/2021-04",
                en: "The data folder, e.g. data/2021-04",
            },
            Status => Tr {
                vi: "Tình trạng báo cáo của các đơn vị trong báo cáo tổng hợp: đã báo cáo, nộp muộn, có lỗi, chưa báo cáo (mã thoát 1 khi còn đơn vị chưa báo cáo hoặc có lỗi)",
                en: "The state of every unit of a synthesis: reported, late, failing, not reported (exit 1 while a unit has not reported or fails)",
            },
            Synthesis => Tr {
                vi: "Khung báo cáo tổng hợp từ báo cáo của các xã, phường: thêm synthesis: vào report.yaml và tệp danh sách đơn vị don-vi.csv",
                en: "A synthesis of the communes' reports: adds synthesis: to report.yaml and the list of units don-vi.csv",
            },
            StatusDir => Tr {
                vi: "Thư mục dữ liệu của báo cáo tổng hợp, ví dụ examples/tinh-dong-thap-2025-q4",
                en: "The synthesis's data folder, e.g. examples/tinh-dong-thap-2025-q4",
            },
            LangFlag => Tr {
                vi: "Ngôn ngữ thông báo: vi (mặc định) hoặc en; cũng đọc từ biến môi trường REPORT_LANG",
                en: "Language of messages: vi (the default) or en; also read from the REPORT_LANG environment variable",
            },
            MessageFormat => Tr {
                vi: "Dạng thông báo: human (mặc định), short (một dòng mỗi lỗi), json (một đối tượng mỗi dòng)",
                en: "Form of messages: human (the default), short (one line each), json (one object per line)",
            },
            DataDirs => Tr {
                vi: "Thư mục dữ liệu, ví dụ data/2021-04 (nhiều thư mục: data/*)",
                en: "Data folders, e.g. data/2021-04 (several: data/*)",
            },
            Out => Tr {
                vi: "Thư mục ghi kết quả (mặc định: out)",
                en: "Folder to write the outputs to (default: out)",
            },
            Formats => Tr {
                vi: "Định dạng cần dựng, cách nhau bởi dấu phẩy: docx, md, pdf (qua LibreOffice), meta (siêu dữ liệu JSON) (mặc định: docx,md)",
                en: "Formats to build, separated by commas: docx, md, pdf (through LibreOffice), meta (JSON metadata) (default: docx,md)",
            },
            Soffice => Tr {
                vi: "Đường dẫn chương trình LibreOffice (soffice) để dựng PDF (mặc định: tìm trong PATH, rồi ở nơi bộ cài đặt đặt nó trên Windows và macOS; cũng đọc từ REPORT_SOFFICE)",
                en: "Path of the LibreOffice program (soffice) that makes the PDF (default: found on PATH, then where its installer puts it on Windows and macOS; also read from REPORT_SOFFICE)",
            },
            PdfTimeout => Tr {
                vi: "Thời gian chờ tối đa mỗi lần LibreOffice chuyển sang PDF, giây (mặc định: 120)",
                en: "The longest LibreOffice may take to make one PDF, seconds (default: 120)",
            },
            NoPdfa => Tr {
                vi: "Dựng PDF thường thay cho PDF/A (dạng lưu trữ, mặc định)",
                en: "Make a plain PDF instead of PDF/A (the archival form, the default)",
            },
            Watch => Tr {
                vi: "Dựng lại mỗi khi tệp dữ liệu thay đổi, đến khi dừng bằng Ctrl+C; dữ liệu có lỗi thì giữ các tệp kết quả cũ",
                en: "Build again whenever a data file changes, until Ctrl+C; invalid data keeps the previous outputs",
            },
            Templates => Tr {
                vi: "Thư mục mẫu Markdown thay cho mẫu có sẵn (mặc định: DATA_DIR/templates)",
                en: "Folder of Markdown templates replacing the built-in ones (default: DATA_DIR/templates)",
            },
            DenyWarnings => Tr {
                vi: "Coi cảnh báo là lỗi (cho CI)",
                en: "Treat warnings as errors (for CI)",
            },
            CheckOutputs => Tr {
                vi: "Không ghi gì; báo lỗi nếu tệp trong --out thiếu hoặc khác với bản sẽ dựng (cho CI)",
                en: "Write nothing; fail if an output in --out is missing or differs from what would be built (for CI)",
            },
            NewDir => Tr {
                vi: "Thư mục mới (chưa tồn tại), ví dụ data/2021-05",
                en: "The new folder (must not exist), e.g. data/2021-05",
            },
            From => Tr {
                vi: "Thư mục của kỳ trước, ví dụ data/2021-04",
                en: "The previous period's folder, e.g. data/2021-04",
            },
            Period => Tr {
                vi: "Kỳ báo cáo: 2026-09 (tháng), 2026-q3 (quý), 2026-6t (6 tháng đầu năm), 2026-9t (9 tháng), 2026 (năm); mặc định: theo tên thư mục mới, hoặc kỳ sau kỳ của --from",
                en: "The reporting period: 2026-09 (month), 2026-q3 (quarter), 2026-6t (first 6 months), 2026-9t (9 months), 2026 (year); by default the new folder's name, or the period after --from's",
            },
            SchemaOut => Tr {
                vi: "Thư mục ghi report.schema.json, sector.schema.json, appendix.schema.json và metadata.schema.json (mặc định: schema)",
                en: "Folder to write report.schema.json, sector.schema.json, appendix.schema.json and metadata.schema.json to (default: schema)",
            },
            Explain => Tr {
                vi: "Giải thích một mã lỗi (ví dụ E-blank): quy định, ví dụ và cách sửa; không ghi mã thì in danh sách mọi mã",
                en: "Explain a diagnostic code (e.g. E-blank): the rule, an example and the fix; without a code, list every code",
            },
            ExplainCode => Tr {
                vi: "Mã lỗi, ví dụ E-blank (chữ hoa hay chữ thường đều được)",
                en: "The code, e.g. E-blank (in any case)",
            },
            HelpFlag => Tr { vi: "In trợ giúp này", en: "Print this help" },
            VersionFlag => Tr { vi: "In phiên bản", en: "Print the version" },
            Usage => Tr { vi: "Cách dùng", en: "Usage" },
            Arguments => Tr { vi: "Đối số", en: "Arguments" },
            Options => Tr { vi: "Tùy chọn", en: "Options" },
            Commands => Tr { vi: "Lệnh", en: "Commands" },
        }
        .get(lang)
    }
}
