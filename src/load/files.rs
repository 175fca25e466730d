//! The shape of the data files, exactly as a clerk writes them. Unknown keys are errors.
//! Text values keep their source location (`Spanned`) so that the validator can point at
//! the exact place of a semantic problem (an undefined footnote, an impossible date).

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

/// A text value with the place it was written.
pub type Text = Spanned<String>;

/// `report.yaml`: the document as a whole.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportFile {
    /// Cơ quan ban hành.
    pub agency: AgencyFile,
    /// Số văn bản; rỗng để điền tay sau khi ký.
    #[serde(default)]
    pub number: Option<Text>,
    /// Ký hiệu văn bản, ví dụ `BC-UBND`.
    pub symbol: Text,
    /// Địa danh.
    pub place: Text,
    /// Ngày ban hành, `YYYY-MM-DD`.
    pub date: Text,
    /// Tên loại văn bản, ví dụ `BÁO CÁO`.
    pub doc_type: Text,
    /// Trích yếu nội dung.
    pub summary: Text,
    /// Kính gửi.
    #[serde(default)]
    pub addressees: Vec<Text>,
    /// Các đoạn mở đầu.
    #[serde(default)]
    pub opening: Vec<Text>,
    /// Kiểu đánh số các cấp.
    #[serde(default)]
    pub numbering: NumberingFile,
    /// Các mục của báo cáo.
    pub sections: Vec<SectionFile>,
    /// Câu kết thúc nội dung (dấu "./." được thêm khi in).
    pub closing: Text,
    /// Chú thích dùng trong report.yaml.
    #[serde(default)]
    pub footnotes: BTreeMap<String, Text>,
    /// Nơi nhận.
    pub recipients: Vec<Text>,
    /// Người ký.
    pub signer: SignerFile,
}

/// Cơ quan ban hành và cơ quan chủ quản.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgencyFile {
    #[serde(default)]
    pub parent: Option<Text>,
    pub name: Vec<Text>,
}

/// The marker style of each level, e.g. `"I."`, `"1."`, `"1)"`, `"a)"`, `"-"`, `"*"`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumberingFile {
    #[serde(default)]
    pub sections: Option<Text>,
    #[serde(default)]
    pub sectors: Option<Text>,
    #[serde(default)]
    pub models: Option<Text>,
}

/// One numbered section of the report.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    pub title: Text,
    #[serde(default)]
    pub body: Vec<Text>,
    #[serde(default)]
    pub include: Option<Text>,
}

/// Người ký: quyền hạn, chức vụ, họ tên.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignerFile {
    #[serde(default)]
    pub authority: Vec<Text>,
    pub title: Text,
    pub name: Text,
}

/// `sectors/NN-name.yaml`: one sector (lĩnh vực), as one department sends it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorFile {
    pub title: Text,
    #[serde(default)]
    pub lead: Option<Text>,
    #[serde(default)]
    pub intro: Vec<Text>,
    #[serde(default)]
    pub models: Vec<ModelFile>,
    #[serde(default)]
    pub after: Vec<Text>,
    #[serde(default)]
    pub footnotes: BTreeMap<String, Text>,
    #[serde(default)]
    pub difficulties: Vec<Text>,
    #[serde(default)]
    pub proposals: Vec<Text>,
}

/// One model (mô hình, cách làm hay) of a sector.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    #[serde(default)]
    pub title: Option<Text>,
    pub body: Vec<Text>,
    #[serde(default)]
    pub footnotes: BTreeMap<String, Text>,
}
