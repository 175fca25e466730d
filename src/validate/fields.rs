//! The document's own fields: the date, number and symbol (Phụ lục I §II.3–4), the
//! signing authority (§II.7), the recipients (§II.9), numbering styles, and the layout
//! options against the decree's ranges (`crate::nd30`).

use super::{Checker, to_nfc};
use crate::load::Text;
use crate::load::files::{LayoutFile, Number};
use crate::messages::Message;
use crate::model::Date;
use crate::nd30::{self, HeaderSizes, PageSetup};
use crate::numbering::{MarkerStyle, STYLE_NAMES};
use crate::source::FileId;
use serde_saphyr::Spanned;

impl Checker<'_> {
    pub(super) fn style(
        &mut self,
        file: FileId,
        name: Option<&Text>,
        default: MarkerStyle,
    ) -> MarkerStyle {
        let Some(name) = name else { return default };
        MarkerStyle::parse(name.value()).unwrap_or_else(|| {
            let allowed = STYLE_NAMES
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ");
            let message = Message::BadNumbering {
                value: name.value().into(),
                allowed,
            };
            self.push(message, name.span(file));
            default
        })
    }

    pub(super) fn date(&mut self, file: FileId, text: &Text) -> Date {
        parse_date(text.value().trim()).unwrap_or_else(|| {
            if !text.value().contains(crate::load::text::PLACEHOLDER) {
                let message = Message::BadDate {
                    value: text.value().into(),
                };
                self.push(message, text.span(file));
            }
            // (a placeholder: the report is not built)
            time::macros::date!(1970 - 01 - 01)
        })
    }

    /// The reporting period (`period:`), or `None` and an error when it is not one.
    pub(super) fn period(&mut self, file: FileId, text: &Text) -> Option<crate::period::Period> {
        let period = crate::period::Period::parse(text.value());
        if period.is_none() {
            let message = crate::messages::FigureMessage::BadPeriod {
                value: text.value().into(),
            };
            self.push(Message::Figure(message), text.span(file));
        }
        period
    }

    /// Số: digits, zero-padded below 10, or blank (Phụ lục I §II.3).
    pub(super) fn number(&mut self, file: FileId, number: Option<&Text>) {
        let Some(text) = number else { return };
        let n = text.value().trim();
        let digits = !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
        let padded = match n.parse::<u64>() {
            Ok(v) if v < 10 => n.len() == 2,
            Ok(_) => !n.starts_with('0'),
            Err(_) => false,
        };
        let blank_or_valid = n.is_empty() || (digits && padded);
        if !blank_or_valid {
            self.push(Message::BadNumber { value: n.into() }, text.span(file));
        }
    }

    /// Ký hiệu: groups of capitals (or the official mixed-case codes) joined by "-", and
    /// the first group the code of the document type when the type is a named one.
    pub(super) fn symbol(&mut self, file: FileId, symbol: &Text, doc_type: &Text) {
        let s = symbol.value();
        let well_formed = s.split('-').all(|g| {
            !g.is_empty()
                && g.chars().all(char::is_alphanumeric)
                && (g.chars().all(|c| !c.is_lowercase()) || MIXED_CASE_CODES.contains(&g))
        });
        if !well_formed {
            self.push(Message::BadSymbol { value: s.into() }, symbol.span(file));
            return;
        }
        let kind: String = to_nfc(doc_type.value()).trim().to_uppercase();
        let code = s.split('-').next().unwrap_or("");
        if let Some((_, expected)) = TYPE_CODES.iter().find(|(name, _)| *name == kind)
            && *expected != code
        {
            let message = Message::SymbolTypeMismatch {
                code: code.into(),
                expected: (*expected).into(),
                doc_type: kind,
            };
            self.push(message, symbol.span(file));
        }
    }

    /// TM., KT., TL., TUQ., Q. (Phụ lục I §II.7.b).
    pub(super) fn authority(&mut self, file: FileId, lines: &[Text]) {
        // (a blank line is E-blank, not a wrong authority)
        for line in lines
            .iter()
            .filter(|l| !crate::load::text::is_blank(l.value()))
        {
            let v = line.value().trim();
            if !AUTHORITIES.iter().any(|a| v.starts_with(a)) {
                self.push(Message::BadAuthority { line: v.into() }, line.span(file));
            }
        }
    }

    /// Nơi nhận: not empty, the archive line present, "Như trên" first when there is
    /// an addressee (Phụ lục I §II.9).
    pub(super) fn recipients(
        &mut self,
        file: FileId,
        list: &Spanned<Vec<Text>>,
        has_addressees: bool,
    ) {
        let items = &list.value;
        let Some(first) = items.first() else {
            let at = crate::load::files::list_span(list, file);
            self.push(Message::RecipientsEmpty, at);
            return;
        };
        if !items
            .iter()
            .any(|t| t.value().trim_start().starts_with("Lưu"))
        {
            let last = items.last().unwrap_or(first);
            self.push(Message::RecipientsNoArchive, last.span(file));
        }
        if has_addressees && !first.value().trim_start().starts_with("Như trên") {
            self.push(Message::RecipientsNoNhuTren, first.span(file));
        }
    }

    /// The layout options, each within the decree's range.
    pub(super) fn page(&mut self, file: FileId, l: &LayoutFile) -> PageSetup {
        let mut page = PageSetup::default();
        let m = &l.margins_mm;
        let margins = [
            (&m.top, "margins_mm.top", nd30::MARGIN_TOP_RANGE, "20–25 mm"),
            (
                &m.bottom,
                "margins_mm.bottom",
                nd30::MARGIN_BOTTOM_RANGE,
                "20–25 mm",
            ),
            (
                &m.left,
                "margins_mm.left",
                nd30::MARGIN_LEFT_RANGE,
                "30–35 mm",
            ),
            (
                &m.right,
                "margins_mm.right",
                nd30::MARGIN_RIGHT_RANGE,
                "15–20 mm",
            ),
        ];
        for (i, (value, option, range, words)) in margins.into_iter().enumerate() {
            if let Some(v) = self.ranged(file, value.as_ref(), option, range, words) {
                page.margins_mm[i] = v;
            }
        }
        let body = self.ranged(
            file,
            l.body_size_pt.as_ref(),
            "body_size_pt",
            nd30::BODY_SIZE_RANGE,
            "13–14",
        );
        page.body_size_pt = body.unwrap_or(page.body_size_pt);
        let spacing = self.ranged(
            file,
            l.line_spacing.as_ref(),
            "line_spacing",
            nd30::LINE_SPACING_RANGE,
            "1–1,5",
        );
        page.line_spacing = spacing.unwrap_or(page.line_spacing);
        let between = (nd30::PARAGRAPH_SPACING_MIN, nd30::PARAGRAPH_SPACING_MAX);
        let para = self.ranged(
            file,
            l.paragraph_spacing_pt.as_ref(),
            "paragraph_spacing_pt",
            between,
            "6–72 pt",
        );
        page.paragraph_spacing_pt = para.unwrap_or(page.paragraph_spacing_pt);
        if let Some(n) = &l.first_line_indent_cm {
            if nd30::FIRST_LINE_CHOICES
                .iter()
                .any(|c| (c - n.value()).abs() < 0.005)
            {
                page.first_line_indent_cm = n.value();
            } else {
                self.layout_error(file, n, "first_line_indent_cm", "1 | 1,27 cm");
            }
        }
        if let Some(t) = &l.header_sizes {
            match HeaderSizes::parse(t.value()) {
                Some(h) => page.header_sizes = h,
                None => {
                    let message = Message::LayoutRange {
                        option: "header_sizes",
                        value: t.value().into(),
                        range: "13/14/14 | 12/13/13",
                    };
                    self.push(message, t.span(file));
                }
            }
        }
        page
    }

    fn ranged(
        &mut self,
        file: FileId,
        value: Option<&Number>,
        option: &'static str,
        (lo, hi): (f64, f64),
        words: &'static str,
    ) -> Option<f64> {
        let n = value?;
        if (lo - 1e-9..=hi + 1e-9).contains(&n.value()) {
            Some(n.value())
        } else {
            self.layout_error(file, n, option, words);
            None
        }
    }

    fn layout_error(
        &mut self,
        file: FileId,
        n: &Number,
        option: &'static str,
        range: &'static str,
    ) {
        let message = Message::LayoutRange {
            option,
            value: format_number(n.value()),
            range,
        };
        self.push(message, n.span(file));
    }
}

/// Signing authorities (Phụ lục I §II.7.b; Điều 13).
const AUTHORITIES: [&str; 5] = ["TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "];

/// Document types and their codes (Phụ lục III).
const TYPE_CODES: &[(&str, &str)] = &[
    ("NGHỊ QUYẾT", "NQ"),
    ("QUYẾT ĐỊNH", "QĐ"),
    ("CHỈ THỊ", "CT"),
    ("QUY CHẾ", "QC"),
    ("QUY ĐỊNH", "QyĐ"),
    ("THÔNG CÁO", "TC"),
    ("THÔNG BÁO", "TB"),
    ("HƯỚNG DẪN", "HD"),
    ("CHƯƠNG TRÌNH", "CTr"),
    ("KẾ HOẠCH", "KH"),
    ("PHƯƠNG ÁN", "PA"),
    ("ĐỀ ÁN", "ĐA"),
    ("DỰ ÁN", "DA"),
    ("BÁO CÁO", "BC"),
    ("BIÊN BẢN", "BB"),
    ("TỜ TRÌNH", "TTr"),
];

/// The official codes that are not all capitals.
const MIXED_CASE_CODES: [&str; 3] = ["QyĐ", "CTr", "TTr"];

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        v.to_string()
    }
}

/// `YYYY-MM-DD` of a date that exists in the Gregorian calendar.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (year, month, day): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    // a day of the calendar, by the `time` crate
    let month = time::Month::try_from(month).ok()?;
    Date::from_calendar_date(i32::from(year), month, day)
        .ok()
        .filter(|_| year >= 1900)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    pub(super) fn dates_that_exist() {
        assert!(parse_date("2021-04-28").is_some());
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("2021-04-31").is_none());
        assert!(parse_date("2021-4-28").is_none());
        assert!(parse_date("28/04/2021").is_none());
    }
}
