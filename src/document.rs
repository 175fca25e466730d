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
    /// The words the decree puts on the page around the data ("Kính gửi:", "Nơi
    /// nhận:"): the document's, which every renderer prints as they are.
    pub words: Words,
}

/// The decree's own words of the page, as a document prints them.
#[derive(Debug, Clone, Serialize)]
pub struct Words {
    /// Before the addressees.
    pub addressees: &'static str,
    /// The heading of the recipients.
    pub recipients: &'static str,
}

impl Default for Words {
    /// The words of Decree 30/2020 (Phụ lục I, ô 9a and 9b).
    fn default() -> Words {
        Words {
            addressees: crate::nd30::ADDRESSEES_LABEL,
            recipients: crate::nd30::RECIPIENTS_LABEL,
        }
    }
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
    /// How long it is to render: its blocks, body and appendices, a table counting one
    /// for each of its rows (a table of 100,000 rows is a long report).
    pub fn size(&self) -> usize {
        let blocks = |body: &[Block]| -> usize {
            body.iter()
                .map(|b| match b {
                    Block::Paragraph(_) => 1,
                    Block::Table(t) => t.rows.len().max(1),
                })
                .sum()
        };
        blocks(&self.body)
            + self
                .appendices
                .iter()
                .map(|a| blocks(&a.body))
                .sum::<usize>()
    }

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

/// A cell on the grid: the checked table's cell, moved (a table of 100,000 rows is held
/// once, its numbers as exact values printed where they are written, not as texts).
/// Templates see it as `{column, span, merge, align, bold, spans}`.
#[derive(Debug, Clone, PartialEq)]
pub struct TableCell {
    /// First grid column (0-based) and the number of columns it covers.
    pub column: u32,
    pub span: u32,
    /// How many rows it covers: 1 when not merged down, 0 for the continuation of a
    /// cell merged down from above.
    pub rows: u32,
    pub align: crate::model::CellAlign,
    /// A header or total cell: every text in it bold.
    pub bold: bool,
    pub content: CellContent,
}

/// What a cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum CellContent {
    Empty,
    /// Text with markup, emphasis and footnote numbers settled.
    Spans(Box<[Span]>),
    /// Text without markup (a file's cell), in the cell's weight.
    Plain(Box<str>),
    /// A number, in the cell's weight.
    Number(crate::model::Quantity),
}

impl TableCell {
    /// The cell's part in a vertical merge.
    pub fn merge(&self) -> Merge {
        match self.rows {
            0 => Merge::Continue,
            1 => Merge::None,
            n => Merge::Restart(n as usize),
        }
    }

    /// The grid columns it covers.
    pub fn columns(&self) -> std::ops::Range<usize> {
        let start = self.column as usize;
        start..start + self.span as usize
    }

    /// Its text as spans (a number printed now, in the Vietnamese way).
    pub fn spans(&self) -> std::borrow::Cow<'_, [Span]> {
        let text = |text: String| {
            std::borrow::Cow::Owned(vec![Span::Text {
                text,
                bold: self.bold,
                italic: false,
            }])
        };
        match &self.content {
            CellContent::Empty => std::borrow::Cow::Borrowed(&[]),
            CellContent::Spans(spans) => std::borrow::Cow::Borrowed(spans),
            CellContent::Plain(s) => text(s.to_string()),
            CellContent::Number(q) => text(q.text()),
        }
    }
}

impl Serialize for TableCell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut cell = s.serialize_struct("TableCell", 6)?;
        cell.serialize_field("column", &self.column)?;
        cell.serialize_field("span", &self.span)?;
        cell.serialize_field("merge", &self.merge())?;
        cell.serialize_field("align", &self.align)?;
        cell.serialize_field("bold", &self.bold)?;
        cell.serialize_field("spans", &self.spans())?;
        cell.end()
    }
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

/// A date as `YYYY-MM-DD` parts, as the templates read it (`md.date.year`).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct IsoDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl From<crate::model::Date> for IsoDate {
    fn from(d: crate::model::Date) -> IsoDate {
        IsoDate {
            year: d.year(),
            month: u8::from(d.month()),
            day: d.day(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CellAlign, Quantity};

    fn cell(rows: u32, bold: bool, content: CellContent) -> TableCell {
        TableCell {
            column: 1,
            span: 2,
            rows,
            align: CellAlign::Right,
            bold,
            content,
        }
    }

    /// Templates of a folder see a cell as they did when it held its spans: a number
    /// printed, plain text as one span in the cell's weight, the merge by name.
    #[test]
    fn a_cell_is_seen_by_templates_with_its_spans() {
        let number = Quantity {
            value: rust_decimal::Decimal::new(123_155, 2),
            decimals: 1,
        };
        let json = |c: TableCell| serde_json::to_value(c).unwrap().to_string();
        assert_eq!(
            json(cell(2, true, CellContent::Number(number))),
            r#"{"align":"right","bold":true,"column":1,"merge":{"restart":2},"span":2,"spans":[{"bold":true,"italic":false,"kind":"text","text":"1.231,6"}]}"#
        );
        assert_eq!(
            json(cell(1, false, CellContent::Plain("Tổ 1".into()))),
            r#"{"align":"right","bold":false,"column":1,"merge":"none","span":2,"spans":[{"bold":false,"italic":false,"kind":"text","text":"Tổ 1"}]}"#
        );
        assert_eq!(
            json(cell(0, false, CellContent::Empty)),
            r#"{"align":"right","bold":false,"column":1,"merge":"continue","span":2,"spans":[]}"#
        );
        let spans = vec![Span::FootnoteRef { number: 3 }].into_boxed_slice();
        assert_eq!(
            cell(1, false, CellContent::Spans(spans.clone()))
                .spans()
                .as_ref(),
            &spans[..]
        );
    }

    #[test]
    fn a_cell_covers_its_columns() {
        assert_eq!(cell(1, false, CellContent::Empty).columns(), 1..3);
    }
}
