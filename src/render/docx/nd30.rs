//! Every size, margin and spacing of the Decree 30/2020/NĐ-CP layout, in one place, with
//! the rule each implements (Phụ lục I; see shared/docs/format-nd30.md). Units are OOXML's:
//! twips (1/20 pt, 1 mm ≈ 56.7) for lengths, half-points for font sizes.

/// Twips in a millimetre.
pub const TWIPS_PER_MM: f64 = 1440.0 / 25.4;

/// Length in millimetres → twips, rounded.
pub const fn mm(millimetres: u32) -> u32 {
    // 1440 / 25.4 = 56.6929…; integer arithmetic keeps this const.
    (millimetres * 14400 + 127) / 254
}

/// A4 portrait, 210 × 297 mm (§I.1).
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;

/// Margins (§I.3: top 20–25, bottom 20–25, left 30–35, right 15–20 mm). We take the
/// widest text area the decree allows, 165 mm, so that a 100 mm right header column and
/// a 65 mm left one fit without running into the margins.
pub const MARGIN_TOP: u32 = mm(20);
pub const MARGIN_BOTTOM: u32 = mm(20);
pub const MARGIN_LEFT: u32 = mm(30);
pub const MARGIN_RIGHT: u32 = mm(15);
/// Header distance from the page edge: 10 mm, as the official DOCX has it.
pub const HEADER_DISTANCE: u32 = mm(10);
pub const FOOTER_DISTANCE: u32 = mm(10);
/// The text width: page width less the side margins.
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/// Times New Roman on every run (§I.4).
pub const FONT: &str = "Times New Roman";
/// Language tag of every run.
pub const LANGUAGE: &str = "vi-VN";

/// Font sizes in half-points. The optional sizes move together (§V table footnote):
/// national title 13, motto 14, place and date 14.
pub const SIZE_NATIONAL_TITLE: u32 = 26;
pub const SIZE_MOTTO: u32 = 28;
pub const SIZE_PLACE_DATE: u32 = 28;
/// Parent agency and issuing agency: 12–13 pt (§II.2).
pub const SIZE_AGENCY: u32 = 26;
/// "Số: …/…": 13 pt (§II.3).
pub const SIZE_NUMBER: u32 = 26;
/// Document type and summary: 13–14 pt, bold (§II.5.b).
pub const SIZE_TITLE: u32 = 28;
/// Kính gửi: 13–14 pt (§II.9.b).
pub const SIZE_ADDRESSEE: u32 = 28;
/// Body text: 13–14 pt (§II.6.e).
pub const SIZE_BODY: u32 = 28;
/// Footnote text: 10 pt, the FootnoteText size of the government's own Phuluc1.docx.
pub const SIZE_FOOTNOTE: u32 = 20;
/// "Nơi nhận:" 12 pt bold italic; the recipients 11 pt (§II.9.d).
pub const SIZE_RECIPIENTS_HEADING: u32 = 24;
pub const SIZE_RECIPIENTS: u32 = 22;
/// Authority, title and name of the signer: 13–14 pt bold (§II.7).
pub const SIZE_SIGNER: u32 = 28;
/// Page number: 13–14 pt (§I.7).
pub const SIZE_PAGE_NUMBER: u32 = 28;

/// Body paragraphs: first-line indent 1 cm, 6 pt before, single line spacing
/// (§II.6.e; the Mẫu 1.4 body paragraph).
pub const BODY_FIRST_LINE: u32 = 567;
pub const BODY_SPACE_BEFORE: u32 = 120;
pub const BODY_LINE: u32 = 240;
/// Space before "BÁO CÁO", after the header table, and before "Kính gửi:".
pub const TITLE_SPACE_BEFORE: u32 = 360;
pub const ADDRESSEE_SPACE_BEFORE: u32 = 240;
/// Space between the summary rule or the addressee and the first body paragraph.
pub const BODY_START_SPACE: u32 = 240;

/// Header table columns: left (agency, number) 65 mm, right (national title, motto,
/// place and date) 100 mm, wide enough for a 13 pt bold national title (95.7 mm) on
/// one line.
pub const HEADER_LEFT: u32 = mm(65);
pub const HEADER_RIGHT: u32 = TEXT_WIDTH - HEADER_LEFT;
/// Closing table columns: recipients on the left, signature on the right.
pub const CLOSING_LEFT: u32 = mm(75);
pub const CLOSING_RIGHT: u32 = TEXT_WIDTH - CLOSING_LEFT;
/// Empty 14 pt lines between the signer's title and name, for signature and seal
/// (about 30 mm; the decree gives no height, practice is 25–35 mm).
pub const SIGNATURE_LINES: usize = 4;

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
pub const SHORT_RULE_MIN: u32 = mm(20);
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
