//! The checked report: what validation hands to layout. Every text is NFC and parsed
//! into inline pieces; every footnote reference has a definition; numbering styles and
//! the date are known to be valid.

use std::collections::BTreeMap;

use crate::markup::Inline;
use crate::nd30::PageSetup;
use crate::numbering::MarkerStyle;
use crate::numbers::Decimal;

/// A report, checked.
#[derive(Debug, Clone)]
pub struct Report {
    pub agency: Agency,
    /// Số văn bản, empty when it is to be filled in by hand.
    pub number: String,
    pub symbol: String,
    pub place: String,
    pub date: Date,
    pub doc_type: String,
    pub summary: String,
    /// The reporting period, when report.yaml names it: its cut-off prints as
    /// `[=ky-tu-ngay]` and `[=ky-den-ngay]`.
    pub period: Option<crate::period::Period>,
    pub addressees: Vec<String>,
    pub opening: Vec<Block>,
    pub numbering: Numbering,
    pub sections: Vec<Section>,
    pub sectors: Vec<Sector>,
    /// Difficulties and proposals of the report itself, before those of the sectors.
    pub difficulties: Vec<Vec<Inline>>,
    pub proposals: Vec<Vec<Inline>>,
    /// Appendices in file-name order (Phụ lục I, II, …).
    pub appendices: Vec<Appendix>,
    /// Every table of the report, in reading order; a block refers to its table by its
    /// place here ([`Block::Table`]). Computed once: what the figures read is what prints.
    pub tables: Vec<Table>,
    /// The named figures, computed, by name.
    pub figures: BTreeMap<String, Figure>,
    pub closing: Vec<Inline>,
    /// Every footnote definition of the report, by key.
    pub footnotes: BTreeMap<String, Vec<Inline>>,
    pub recipients: Vec<String>,
    pub signer: Signer,
    /// The layout choices within the decree's ranges.
    pub page: PageSetup,
    /// The optional marks (urgency, circulation, typist, contact, draft).
    pub marks: crate::marks::Marks,
}

/// A named figure, computed: its exact value, the decimals it prints with, and how it
/// prints (`1.231.500`, `65,2%`, `08`, `125 hộ`, `giảm 06 hộ`).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: Decimal,
    pub decimals: u32,
    pub text: String,
    /// The unit printed after the number, if any (a change in amount prints it too).
    pub unit: Option<String>,
    /// For a comparison with an earlier period: that period's figure as printed.
    pub earlier: Option<String>,
}

/// Cơ quan ban hành (and its parent agency, if any).
#[derive(Debug, Clone)]
pub struct Agency {
    /// Parent agency lines (none when there is no parent agency).
    pub parent: Vec<String>,
    pub name: Vec<String>,
    /// The name in running text ("Ủy ban nhân dân xã Tân Phú Đông"), for the appendices'
    /// reference line.
    pub full_name: String,
}

/// A calendar date that exists: `time`'s, the one date type of the crate, whose
/// calendar arithmetic (months added, last days, Excel serials) is done by `time`.
pub use time::Date;

/// `2021-04-28`.
pub fn iso_date(d: Date) -> String {
    d.format(time::macros::format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

/// Marker styles of the three numbered levels.
#[derive(Debug, Clone)]
pub struct Numbering {
    pub sections: MarkerStyle,
    pub sectors: MarkerStyle,
    pub models: MarkerStyle,
    /// Items of a `numbered` list.
    pub items: MarkerStyle,
}

/// One section (mục) of the report.
#[derive(Debug, Clone)]
pub struct Section {
    pub title: Vec<Inline>,
    pub body: Vec<Block>,
    pub include: Option<Include>,
}

/// What a section gathers from the sectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Include {
    Sectors,
    Difficulties,
    Proposals,
}

impl Include {
    pub const NAMES: &'static [&'static str] = &["sectors", "difficulties", "proposals"];

    pub fn parse(name: &str) -> Option<Include> {
        match name {
            "sectors" => Some(Include::Sectors),
            "difficulties" => Some(Include::Difficulties),
            "proposals" => Some(Include::Proposals),
            _ => None,
        }
    }
}

/// One sector (lĩnh vực), from one sector file.
#[derive(Debug, Clone)]
pub struct Sector {
    pub title: Vec<Inline>,
    pub lead: Vec<Inline>,
    pub intro: Vec<Block>,
    pub models: Vec<Model>,
    pub after: Vec<Block>,
    pub difficulties: Vec<Vec<Inline>>,
    pub proposals: Vec<Vec<Inline>>,
}

/// One model (mô hình): an optional title line, then blocks.
#[derive(Debug, Clone)]
pub struct Model {
    pub title: Option<Vec<Inline>>,
    pub body: Vec<Block>,
}

/// A block of body text.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Paragraph),
    /// Items numbered in the `numbering.items` style.
    Numbered(Vec<Vec<Inline>>),
    /// A table, by its place in [`Report::tables`].
    Table(TableId),
}

/// The place of a table in [`Report::tables`].
pub type TableId = usize;

/// A table, checked: its cells placed on the grid once (see [`crate::grid`]), every row
/// filling it exactly; every number an exact decimal with the decimals it prints with;
/// the percentage columns and the total row computed. Figures that name a quantity of
/// the table read it from here, and layout prints it from here.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub title: Option<Vec<Inline>>,
    pub unit: Option<Vec<Inline>>,
    pub columns: Vec<Column>,
    pub header: Vec<Row>,
    pub rows: Vec<Row>,
    /// The total row, bold, last.
    pub total: Option<Row>,
}

/// A row of cells placed on the grid, left to right, the continuations of cells merged
/// down from a row above included.
pub type Row = Vec<Cell>;

/// A column: its share of the width and how its cells align.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub weight: f64,
    pub align: CellAlign,
}

/// Horizontal alignment in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CellAlign {
    Left,
    Center,
    Right,
}

impl CellAlign {
    pub const NAMES: [&'static str; 3] = ["left", "center", "right"];

    pub fn parse(s: &str) -> Option<CellAlign> {
        match s.trim() {
            "left" => Some(CellAlign::Left),
            "center" => Some(CellAlign::Center),
            "right" => Some(CellAlign::Right),
            _ => None,
        }
    }
}

/// A cell on the grid. Small (40 bytes; a table may take 100,000 rows from a file):
/// its place in 32-bit numbers, its text in a boxed slice.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// First grid column (0-based) and the number of columns it covers.
    pub column: u32,
    pub span: u32,
    /// How many rows it covers (1 when not merged down; 0 for the continuation of a cell
    /// merged down from above, which has no content of its own).
    pub rows: u32,
    pub content: Content,
    /// Its own alignment, where it is not its column's (a total row's label).
    pub align: Option<CellAlign>,
}

impl Cell {
    /// Whether the cell starts at grid column `column`.
    pub fn at(&self, column: usize) -> bool {
        self.column as usize == column
    }

    /// Whether this is the continuation of a cell merged down from above.
    pub fn is_continuation(&self) -> bool {
        self.rows == 0
    }

    /// The cell's text as printed, without its markup (references print nothing here).
    pub fn text(&self) -> String {
        match &self.content {
            Content::Empty => String::new(),
            Content::Text(inlines) => {
                let text: String = inlines
                    .iter()
                    .filter_map(|i| match i {
                        Inline::Text { text, .. } => Some(text.as_str()),
                        _ => None,
                    })
                    .collect();
                text.trim().to_string()
            }
            Content::Plain(text) => text.trim().to_string(),
            Content::Number(q) => q.text(),
        }
    }

    /// The number the cell holds, if any.
    pub fn quantity(&self) -> Option<Quantity> {
        match self.content {
            Content::Number(q) => Some(q),
            _ => None,
        }
    }
}

/// What a cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Empty,
    /// Text with inline markup.
    Text(Box<[Inline]>),
    /// Plain text, as a CSV or XLSX cell holds it (in NFC): a third of the memory of the
    /// same text as inline pieces, for tables of 100,000 rows.
    Plain(Box<str>),
    /// A number, printed the Vietnamese way at its decimals.
    Number(Quantity),
}

/// An exact number and the decimals it prints with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    pub value: Decimal,
    pub decimals: u32,
}

impl Quantity {
    /// How it prints: `1.231.500`, `65,2`.
    pub fn text(self) -> String {
        crate::numbers::format_vi(self.value, self.decimals)
    }
}

/// An appendix (phụ lục).
#[derive(Debug, Clone)]
pub struct Appendix {
    /// The key body text refers to it by (`[Phụ lục: key]`): its file name without the
    /// extension and the leading order number.
    pub key: String,
    pub title: Option<String>,
    pub landscape: bool,
    pub body: Vec<Block>,
}

/// A paragraph of body text, possibly a dash or plus item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub item: Option<ItemSign>,
    pub inlines: Vec<Inline>,
}

/// The sign of an item paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemSign {
    Dash,
    Plus,
}

impl ItemSign {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemSign::Dash => "-",
            ItemSign::Plus => "+",
        }
    }
}

/// Người ký.
#[derive(Debug, Clone)]
pub struct Signer {
    /// Authority lines, e.g. `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`.
    pub authority: Vec<String>,
    /// The signer's position, e.g. `CHỦ TỊCH`.
    pub title: String,
    pub name: String,
}
