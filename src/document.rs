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
    /// Appendices (Phụ lục), after the closing block, each in a section of its own.
    pub appendices: Vec<Appendix>,
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
    /// The optional marks, printed by each renderer in its place.
    pub marks: crate::marks::Marks,
    /// The Phụ lục VI metadata (`NAME.meta.json`), without the page count.
    pub metadata: crate::metadata::Metadata,
}

/// The two-column header: agency and number on the left, national title and place/date
/// on the right.
#[derive(Debug, Clone, Serialize)]
pub struct Header {
    /// Parent agency lines; empty when there is none.
    pub parent_agency: Vec<String>,
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

/// One block of the body: a paragraph or a table.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Paragraph(Paragraph),
    /// Boxed, as in [`crate::model::Block`]: a paragraph is half a table's size.
    Table(Box<Table>),
}

impl Block {
    /// The paragraph, if this block is one.
    pub fn paragraph(&self) -> Option<&Paragraph> {
        match self {
            Block::Paragraph(p) => Some(p),
            Block::Table(_) => None,
        }
    }
}

impl Document {
    /// The paragraphs of the body, tables left out.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.body.iter().filter_map(Block::paragraph)
    }
}

/// One paragraph of the body.
#[derive(Debug, Clone, Serialize)]
pub struct Paragraph {
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
    /// A dash, plus or numbered item.
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

/// A table on its grid: every row lists its cells left to right, the continuation of
/// a cell merged down from above included, and their spans add up to the columns.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub title: Option<Vec<Span>>,
    pub unit: Option<Vec<Span>>,
    /// Relative column widths.
    pub widths: Vec<f64>,
    /// How many rows at the top are header rows (bold, repeated on every page).
    pub header_rows: usize,
    pub rows: Vec<Vec<TableCell>>,
}

/// A cell on the grid.
#[derive(Debug, Clone, Serialize)]
pub struct TableCell {
    /// First grid column (0-based) and the number of columns it covers.
    pub column: usize,
    pub span: usize,
    pub merge: Merge,
    pub align: crate::model::CellAlign,
    pub bold: bool,
    pub spans: Vec<Span>,
}

/// A cell's part in a vertical merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Merge {
    None,
    /// The first cell of a merge of this many rows.
    Restart(usize),
    /// Covered by the cell above.
    Continue,
}

/// An appendix, laid out.
#[derive(Debug, Clone, Serialize)]
pub struct Appendix {
    /// `Phụ lục` (the only one) or `Phụ lục I`, `Phụ lục II`, …
    pub heading: String,
    /// In capitals.
    pub title: Option<String>,
    /// `(Kèm theo Báo cáo số 141/BC-UBND ngày 28 tháng 4 năm 2021 của Ủy ban nhân dân …)`.
    pub reference: String,
    pub landscape: bool,
    pub body: Vec<Block>,
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
