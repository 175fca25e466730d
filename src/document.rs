//! The typed document: what layout produces and every renderer takes. It carries the
//! report as it is printed (header block, title, body blocks with their markers, footnotes
//! numbered in reading order, closing block), with all wording and punctuation settled,
//! so that renderers only decide how each part looks.

use serde::Serialize;

pub use crate::nd30::PageSetup;

/// A report, laid out.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub header: Header,
    pub title: Title,
    /// The addressee lines after "Kính gửi:", punctuated: one line `X.`, or several
    /// `- X;` … `- Y.`.
    pub addressees: Vec<String>,
    pub body: Vec<Block>,
    /// Footnotes in number order (1, 2, …).
    pub footnotes: Vec<Footnote>,
    pub closing: Closing,
    /// Issue date.
    pub date: IsoDate,
    /// When the document was made, for package properties: the issue date at midnight
    /// UTC (`2021-04-28T00:00:00Z`), or `SOURCE_DATE_EPOCH` (see `build::stamp`).
    pub created: String,
    /// Margins, sizes and spacing chosen within the decree's ranges.
    pub page: PageSetup,
}

/// The two-column header: agency and number on the left, national title and place/date
/// on the right.
#[derive(Debug, Clone, Serialize)]
pub struct Header {
    pub parent_agency: Option<String>,
    pub agency: Vec<String>,
    /// `Số: 141/BC-UBND`, or `Số:      /BC-UBND` when the number is left blank.
    pub number: String,
    pub national_title: String,
    pub motto: String,
    /// `Sa Đéc, ngày 28 tháng 4 năm 2021`.
    pub place_date: String,
}

/// Document type and summary (tên loại, trích yếu).
#[derive(Debug, Clone, Serialize)]
pub struct Title {
    pub doc_type: String,
    pub summary: String,
}

/// One paragraph of the body.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub role: Role,
    /// The printed marker (`1.`, `*`, `2)`, `-`), if any; a space follows it.
    pub marker: Option<String>,
    pub spans: Vec<Span>,
}

/// What a body paragraph is, which decides how it is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A numbered section heading (mục, khoản with a title): bold.
    SectionHeading,
    /// A sector heading (`* Trong lĩnh vực kinh tế:`): bold, with an optional plain lead.
    SectorHeading,
    /// A model title on its own line (`1) Mô hình Hội quán`).
    ModelHeading,
    /// Body text; a numbered model without a title starts with its marker.
    Paragraph,
    /// A dash or plus item.
    Item,
    /// The closing sentence, ending with `./.`.
    Closing,
}

/// A piece of a paragraph: a run of text or a footnote reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Span {
    Text {
        text: String,
        bold: bool,
        italic: bool,
    },
    FootnoteRef {
        number: usize,
    },
}

/// A footnote with its number.
#[derive(Debug, Clone, Serialize)]
pub struct Footnote {
    pub number: usize,
    pub spans: Vec<Span>,
}

/// Recipients on the left, signature on the right.
#[derive(Debug, Clone, Serialize)]
pub struct Closing {
    /// `- Như trên;` … `- Lưu: VT.`
    pub recipients: Vec<String>,
    /// Authority and title lines, caps: `TM. ỦY BAN NHÂN DÂN`, `CHỦ TỊCH`.
    pub signer_lines: Vec<String>,
    pub signer_name: String,
}

/// A date as `YYYY-MM-DD` parts.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct IsoDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}
