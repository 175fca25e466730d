//! The checked report: what validation hands to layout. Every text is NFC and parsed
//! into inline pieces; every footnote reference has a definition; numbering styles and
//! the date are known to be valid.

use std::collections::BTreeMap;

use crate::markup::Inline;
use crate::nd30::PageSetup;
use crate::numbering::MarkerStyle;

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
    pub addressees: Vec<String>,
    pub opening: Vec<Paragraph>,
    pub numbering: Numbering,
    pub sections: Vec<Section>,
    pub sectors: Vec<Sector>,
    pub closing: Vec<Inline>,
    /// Every footnote definition of the report, by key.
    pub footnotes: BTreeMap<String, Vec<Inline>>,
    pub recipients: Vec<String>,
    pub signer: Signer,
    /// The layout choices within the decree's ranges.
    pub page: PageSetup,
}

/// Cơ quan ban hành (and its parent agency, if any).
#[derive(Debug, Clone)]
pub struct Agency {
    pub parent: Option<String>,
    pub name: Vec<String>,
}

/// A calendar date that exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Marker styles of the three numbered levels.
#[derive(Debug, Clone)]
pub struct Numbering {
    pub sections: MarkerStyle,
    pub sectors: MarkerStyle,
    pub models: MarkerStyle,
}

/// One section (mục) of the report.
#[derive(Debug, Clone)]
pub struct Section {
    pub title: Vec<Inline>,
    pub body: Vec<Paragraph>,
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
    pub intro: Vec<Paragraph>,
    pub models: Vec<Model>,
    pub after: Vec<Paragraph>,
    pub difficulties: Vec<Vec<Inline>>,
    pub proposals: Vec<Vec<Inline>>,
}

/// One model (mô hình): an optional title line, then paragraphs.
#[derive(Debug, Clone)]
pub struct Model {
    pub title: Option<Vec<Inline>>,
    pub body: Vec<Paragraph>,
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
