//! The metadata of the report as an outgoing electronic document: the fields of Decree
//! 30/2020 Phụ lục VI (thông tin đầu ra của văn bản đi) that the data knows, written as
//! `NAME.meta.json` beside the other outputs (`--format meta`) for the office's document
//! system. Field names are Phụ lục VI's own; a field the data does not know is `null`.
//! Its JSON Schema is `schema/metadata.schema.json` (`report schema`).

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::Report;

/// Siêu dữ liệu của văn bản đi (Nghị định 30/2020, Phụ lục VI), tệp TÊN.meta.json.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[schemars(deny_unknown_fields)]
pub struct Metadata {
    /// Tên loại văn bản, như in: "BÁO CÁO" (doc_type).
    pub type_name: String,
    /// Số của văn bản, ví dụ "141"; null khi số để trống (văn thư điền sau khi ký).
    pub code_number: Option<String>,
    /// Ký hiệu của văn bản, ví dụ "BC-UBND" (symbol).
    pub code_notation: String,
    /// Ngày, tháng, năm ban hành, dạng YYYY-MM-DD (date); null với văn bản điện tử (marks.electronic: hệ thống quản lý văn bản điền khi ký số).
    pub issued_date: Option<String>,
    /// Tên cơ quan, tổ chức ban hành văn bản, viết thường (agency.full_name, hoặc suy từ agency.name).
    pub organ_name: String,
    /// Trích yếu nội dung (summary).
    pub subject: String,
    /// Ngôn ngữ, mã BCP 47: "vi-VN".
    pub language: String,
    /// Số trang của văn bản: số trang của PDF khi PDF được dựng cùng lần (--format pdf,meta); null nếu không.
    pub page_amount: Option<u32>,
    /// Người ký: quyền hạn, chức vụ, họ tên (signer).
    pub signer_info: SignerInfo,
    /// Nơi nhận ở phần Kính gửi, mỗi phần tử một nơi (addressees); rỗng khi không có.
    pub to: Vec<String>,
    /// Độ khẩn (marks.urgency): "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"; null khi văn bản thường.
    pub priority: Option<String>,
    /// Số lượng bản phát hành (marks.typist.copies); null khi không ghi.
    pub issued_amount: Option<u32>,
    /// Chỉ dẫn phạm vi lưu hành (marks.circulation): "LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI"; null khi không có.
    pub circulation: Option<String>,
    /// Lần dự thảo (marks.draft); null khi văn bản không phải dự thảo.
    pub draft: Option<u32>,
}

/// Người ký văn bản.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[schemars(deny_unknown_fields)]
pub struct SignerInfo {
    /// Quyền hạn ký, các dòng nối bằng dấu cách, ví dụ "TM. ỦY BAN NHÂN DÂN"; null khi ký trực tiếp.
    pub competence: Option<String>,
    /// Chức vụ của người ký, ví dụ "CHỦ TỊCH".
    pub position: String,
    /// Họ và tên người ký.
    pub full_name: String,
}

impl Metadata {
    /// What the checked report knows; the page count is filled in when there is a PDF.
    pub fn of(report: &Report) -> Metadata {
        let number = report.number.trim();
        Metadata {
            type_name: report.doc_type.clone(),
            code_number: (!number.is_empty()).then(|| number.to_string()),
            code_notation: report.symbol.clone(),
            issued_date: (!report.marks.electronic).then(|| crate::model::iso_date(report.date)),
            organ_name: report.agency.full_name.clone(),
            subject: report.summary.clone(),
            language: crate::nd30::LANGUAGE.into(),
            page_amount: None,
            signer_info: SignerInfo {
                competence: (!report.signer.authority.is_empty())
                    .then(|| report.signer.authority.join(" ")),
                position: report.signer.title.clone(),
                full_name: report.signer.name.clone(),
            },
            to: report.addressees.clone(),
            priority: report.marks.urgency.map(|u| u.text().into()),
            issued_amount: report.marks.typist.as_ref().map(|t| t.copies),
            circulation: report.marks.circulation.map(|c| c.text().into()),
            draft: report.marks.draft,
        }
    }

    /// The file's text: pretty JSON, keys in the order above, a final line feed.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}
