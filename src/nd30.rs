//! Every size, margin and spacing of the Decree 30/2020/NĐ-CP layout, in one place, with
//! the rule each implements (Phụ lục I; see shared/docs/format-nd30.md): the fixed facts,
//! the ranges within which a report may choose ([`PageSetup`], checked by validation), and
//! our defaults. Units are OOXML's: twips (1/20 pt, 1 mm ≈ 56.7) for lengths, half-points
//! for font sizes.

use serde::Serialize;

/// Twips in a millimetre.
pub const TWIPS_PER_MM: f64 = 1440.0 / 25.4;

/// Length in millimetres → twips, rounded.
pub fn mm(millimetres: f64) -> u32 {
    (millimetres * TWIPS_PER_MM).round() as u32
}

/// Points → half-points (`w:sz`).
pub fn half_points(points: f64) -> u32 {
    (points * 2.0).round() as u32
}

/// Points → twips.
pub fn pt(points: f64) -> u32 {
    (points * 20.0).round() as u32
}

/// A4 portrait, 210 × 297 mm (§I.1).
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;

/// Margin ranges in mm (§I.3): top 20–25, bottom 20–25, left 30–35, right 15–20.
pub const MARGIN_TOP_RANGE: (f64, f64) = (20.0, 25.0);
pub const MARGIN_BOTTOM_RANGE: (f64, f64) = (20.0, 25.0);
pub const MARGIN_LEFT_RANGE: (f64, f64) = (30.0, 35.0);
pub const MARGIN_RIGHT_RANGE: (f64, f64) = (15.0, 20.0);
/// Body text 13–14 pt (§II.6.e).
pub const BODY_SIZE_RANGE: (f64, f64) = (13.0, 14.0);
/// First-line indent: 1 cm or 1.27 cm (§II.6.e).
pub const FIRST_LINE_CHOICES: [f64; 2] = [1.0, 1.27];
/// Line spacing from single to 1.5 lines (§II.6.e).
pub const LINE_SPACING_RANGE: (f64, f64) = (1.0, 1.5);
/// At least 6 pt between paragraphs (§II.6.e).
pub const PARAGRAPH_SPACING_MIN: f64 = 6.0;
/// The decree sets only the minimum; we take at most 72 pt (an inch): more is no longer
/// space between paragraphs but a gap in the page, and a number without a bound would
/// overflow the twips of `w:before` (`1e30` was written as 4294967295).
pub const PARAGRAPH_SPACING_MAX: f64 = 72.0;

/// Text in table cells: 12–14 pt (format-nd30 §15: the decree has no rule for tables;
/// one step below the body's 13–14 for dense tables).
pub const TABLE_SIZE_RANGE: (f64, f64) = (12.0, 14.0);

/// Header distance from the page edge: 10 mm, as the official DOCX has it.
pub const HEADER_DISTANCE_MM: f64 = 10.0;

/// Times New Roman on every run (§I.4).
pub const FONT: &str = "Times New Roman";
/// Language tag of every run.
pub const LANGUAGE: &str = "vi-VN";

/// National title, motto and place/date sizes move together (§V table footnote):
/// 13/14/14 or 12/13/13.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum HeaderSizes {
    Large,
    Small,
}

impl HeaderSizes {
    pub const NAMES: [&'static str; 2] = ["13/14/14", "12/13/13"];

    pub fn parse(s: &str) -> Option<HeaderSizes> {
        match s.replace(' ', "").as_str() {
            "13/14/14" => Some(HeaderSizes::Large),
            "12/13/13" => Some(HeaderSizes::Small),
            _ => None,
        }
    }

    /// (national title, motto, place and date), points.
    pub fn points(self) -> (f64, f64, f64) {
        match self {
            HeaderSizes::Large => (13.0, 14.0, 14.0),
            HeaderSizes::Small => (12.0, 13.0, 13.0),
        }
    }
}

/// The choices a report makes within the decree's ranges (`layout:` in report.yaml).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PageSetup {
    /// Margins in mm: top, bottom, left, right.
    pub margins_mm: [f64; 4],
    pub body_size_pt: f64,
    pub header_sizes: HeaderSizes,
    pub first_line_indent_cm: f64,
    pub line_spacing: f64,
    pub paragraph_spacing_pt: f64,
    /// The body on landscape pages (allowed when its tables are not made appendices, §I.2).
    pub landscape: bool,
    pub table_size_pt: f64,
}

impl Default for PageSetup {
    /// The widest text area the decree allows (165 mm: top 20, bottom 20, left 30,
    /// right 15), so that a 100 mm right header column and a 65 mm left one fit; body
    /// 14 pt, 13/14/14 header, first line 1 cm, single spacing, 6 pt between paragraphs
    /// (the Mẫu 1.4 body paragraph).
    fn default() -> Self {
        PageSetup {
            margins_mm: [20.0, 20.0, 30.0, 15.0],
            body_size_pt: 14.0,
            header_sizes: HeaderSizes::Large,
            first_line_indent_cm: 1.0,
            line_spacing: 1.0,
            paragraph_spacing_pt: 6.0,
            landscape: false,
            table_size_pt: 13.0,
        }
    }
}

impl PageSetup {
    /// The text width in twips: page width less the side margins.
    pub fn text_width(&self) -> u32 {
        self.text_width_on(self.landscape)
    }

    /// The text width of a portrait or a landscape page with these margins. A turned
    /// page keeps the margins as it is read (format-nd30 §15, reading (a)).
    pub fn text_width_on(&self, landscape: bool) -> u32 {
        let width = if landscape { PAGE_HEIGHT } else { PAGE_WIDTH };
        width - mm(self.margins_mm[2]) - mm(self.margins_mm[3])
    }
}

/// Parent agency and issuing agency: 12–13 pt (§II.2); we take 13.
pub const SIZE_AGENCY: u32 = 26;
/// "Số: …/…": 13 pt (§II.3).
pub const SIZE_NUMBER: u32 = 26;
/// Footnote text: 10 pt, the FootnoteText size of the government's own Phuluc1.docx.
pub const SIZE_FOOTNOTE: u32 = 20;
/// The word before the addressees (ô 9a: "Kính gửi:").
pub const ADDRESSEES_LABEL: &str = "Kính gửi:";
/// The heading of the recipients (ô 9b: "Nơi nhận:").
pub const RECIPIENTS_LABEL: &str = "Nơi nhận:";

/// "Nơi nhận:" 12 pt bold italic; the recipients 11 pt (§II.9.d).
pub const SIZE_RECIPIENTS_HEADING: u32 = 24;
pub const SIZE_RECIPIENTS: u32 = 22;

/// Space before "BÁO CÁO", after the header table, and before "Kính gửi:".
pub const TITLE_SPACE_BEFORE: u32 = 360;
pub const ADDRESSEE_SPACE_BEFORE: u32 = 240;
/// Space between the summary rule or the addressee and the first body paragraph.
pub const BODY_START_SPACE: u32 = 240;
/// Space above the number/date row and the closing block.
pub const BLOCK_SPACE_BEFORE: u32 = 120;

/// Header table: the right column (national title, motto, place and date) is 100 mm,
/// wide enough for a 13 pt bold national title (95.7 mm) on one line; the left column
/// (agency, number) takes the rest of the text width (55–65 mm).
pub const HEADER_RIGHT_MM: f64 = 100.0;
/// Closing table: the recipients column; the signature takes the rest.
pub const CLOSING_LEFT_MM: f64 = 75.0;
/// Empty lines between the signer's title and name, for signature and seal (about
/// 30 mm at 14 pt; the decree gives no height, practice is 25–35 mm).
pub const SIGNATURE_LINES: usize = 4;

/// Data tables (format-nd30 §15): single 0.5 pt rules all round and inside (`sz` in
/// eighths of a point), cell margins of 1.5 mm at the sides, 0.5 pt above and below.
pub const TABLE_BORDER: u32 = 4;
pub const TABLE_CELL_SIDE_MARGIN: u32 = 85;
pub const TABLE_CELL_SPACE: u32 = 20;
/// Space between a table's title or unit line and what comes before.
pub const TABLE_TITLE_SPACE_BEFORE: u32 = 120;

/// Appendices (§III.1): the heading "Phụ lục I" 14 pt bold; title and reference line at
/// the body size.
pub const SIZE_APPENDIX_HEADING: u32 = 28;

/// Rules: a bottom border 0.75 pt (`sz` in eighths of a point) on an empty paragraph,
/// whose side indents set the rule's length.
pub const RULE_WEIGHT: u32 = 6;
/// Height of a rule paragraph (exact line, twips) and its font size, kept small so the
/// rule sits right under the line it belongs to.
pub const RULE_LINE: u32 = 80;
pub const RULE_FONT_SIZE: u32 = 2;
/// Agency and summary rules: 1/3 to 1/2 of the text line above (§II.2.b, §II.5.b). We
/// take 2/5, and never less than 20 mm.
pub const SHORT_RULE_FRACTION: f64 = 0.4;
pub const SHORT_RULE_MIN_MM: f64 = 20.0;
/// A summary of several lines is set in lines of even length, each this much (percent)
/// longer than an exact share, as slack for the width estimate below.
pub const BALANCE_SLACK_PERCENT: u32 = 112;

/// Approximate advance widths of Times New Roman bold, in ems, for sizing rules:
/// capitals, lower case and digits, spaces, punctuation. Checked against LibreOffice's
/// Liberation Serif (same metrics): "ỦY BAN NHÂN DÂN" 13 pt ≈ 43 mm, "Độc lập - Tự do -
/// Hạnh phúc" 14 pt ≈ 60 mm.
pub const EM_CAPITAL: f64 = 0.70;
pub const EM_LOWER: f64 = 0.52;
pub const EM_SPACE: f64 = 0.25;
pub const EM_PUNCT: f64 = 0.33;

/// Optional marks (Phụ lục I §III.2–4; format-nd30 §16).
/// Urgency (ô 10b) and circulation (ô 11): capitals, bold, 13–14 pt, in a single-line
/// frame (§III.2.b–c); we take 13 pt, the size of the number above the urgency stamp.
pub const SIZE_MARK_STAMP: u32 = 26;
/// The urgency stamps' sizes in the decree (§III.2.b), width in mm: KHẨN 20 × 8,
/// HỎA TỐC 30 × 8, THƯỢNG KHẨN 40 × 8. The frame takes that width (never less than its
/// text needs, see [`MARK_FRAME_PADDING_MM`]).
pub const URGENCY_FRAME_MM: [(&str, f64); 3] =
    [("KHẨN", 20.0), ("HỎA TỐC", 30.0), ("THƯỢNG KHẨN", 40.0)];
/// The room between a stamp's text and its frame on each side, mm.
pub const MARK_FRAME_PADDING_MM: f64 = 3.0;
/// The frame's line: single, 0.5 pt (`sz` in eighths of a point); its distance from the
/// text above and below, points.
pub const MARK_FRAME_WEIGHT: u32 = 4;
pub const MARK_FRAME_SPACE_PT: u32 = 1;
/// The frame's distance from the text at the sides, points; a framed paragraph is
/// indented by a little more than that from its cell's edges, or the side lines fall
/// outside the cell and are not drawn.
pub const MARK_FRAME_SIDE_SPACE_PT: u32 = 4;
pub const MARK_FRAME_INDENT: u32 = 100;
/// Space between the number and the urgency stamp under it.
pub const URGENCY_SPACE_BEFORE: u32 = 120;
/// Typist's code and copies (ô 12): 11 pt, upright (§III.3).
pub const SIZE_TYPIST: u32 = 22;
/// Contact block (ô 13): 11–12 pt, upright, under a full-width rule (§III.4); we take
/// 11 pt, the size of the recipients.
pub const SIZE_CONTACT: u32 = 22;
/// The draft mark: the decree sets nothing; Times New Roman like every text (§I.4),
/// 13 pt bold, the size of the number it stands for.
pub const SIZE_DRAFT: u32 = 26;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_setup_is_within_every_range() {
        let s = PageSetup::default();
        let ranges = [
            MARGIN_TOP_RANGE,
            MARGIN_BOTTOM_RANGE,
            MARGIN_LEFT_RANGE,
            MARGIN_RIGHT_RANGE,
        ];
        for (m, (lo, hi)) in s.margins_mm.iter().zip(ranges) {
            assert!((lo..=hi).contains(m));
        }
        assert_eq!(s.text_width(), 9355);
        assert_eq!(mm(30.0), 1701);
        assert_eq!(mm(20.0), 1134);
    }
}
