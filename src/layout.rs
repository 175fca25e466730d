//! Stage 3, lay out: the checked [`Report`] → the typed [`Document`]. Numbers sections,
//! sectors and models by the data's marker styles, gathers difficulties and proposals
//! in sector order, numbers footnotes once in reading order, and settles the wording of
//! the header, addressees, closing sentence and recipients.

use std::collections::BTreeMap;

use crate::document::*;
use crate::markup::{Inline, Style};
use crate::model::{Date, Include, Paragraph, Report, Section};

/// Quốc hiệu (Decree 30/2020 Phụ lục I §II.1).
pub const NATIONAL_TITLE: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// Tiêu ngữ.
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// What a blank document number prints as: room to write the number by hand.
const BLANK_NUMBER: &str = "      ";

/// Lays out a checked report.
pub fn lay_out(report: &Report) -> Document {
    let mut l = Layout {
        report,
        body: Vec::new(),
        numbers: BTreeMap::new(),
        footnotes: Vec::new(),
    };
    l.paragraphs(&report.opening);
    for (i, section) in report.sections.iter().enumerate() {
        l.section(i + 1, section);
    }
    let mut closing = l.spans(&report.closing, Style::default());
    end_with_dot_slash_dot(&mut closing);
    l.body.push(Block {
        role: Role::Closing,
        marker: None,
        spans: closing,
    });
    Document {
        header: header(report),
        title: Title {
            doc_type: report.doc_type.clone(),
            summary: report.summary.clone(),
        },
        addressees: punctuated_list(&report.addressees, false),
        body: l.body,
        footnotes: l.footnotes,
        closing: Closing {
            recipients: punctuated_list(&report.recipients, true),
            signer_lines: report
                .signer
                .authority
                .iter()
                .chain([&report.signer.title])
                .cloned()
                .collect(),
            signer_name: report.signer.name.clone(),
        },
        date: IsoDate {
            year: report.date.year,
            month: report.date.month,
            day: report.date.day,
        },
        page: report.page,
        created: format!(
            "{:04}-{:02}-{:02}T00:00:00Z",
            report.date.year, report.date.month, report.date.day
        ),
    }
}

struct Layout<'a> {
    report: &'a Report,
    body: Vec<Block>,
    /// Footnote key → its number, given at the first reference.
    numbers: BTreeMap<String, usize>,
    footnotes: Vec<Footnote>,
}

impl Layout<'_> {
    fn section(&mut self, n: usize, section: &Section) {
        let spans = self.spans(&section.title, BOLD);
        self.push(
            Role::SectionHeading,
            self.report.numbering.sections.marker(n),
            spans,
        );
        self.paragraphs(&section.body);
        match section.include {
            Some(Include::Sectors) => self.sectors(),
            Some(Include::Difficulties) => {
                for item in self.report.sectors.iter().flat_map(|s| &s.difficulties) {
                    let spans = self.spans(item, Style::default());
                    self.push(Role::Item, Some("-".into()), spans);
                }
            }
            Some(Include::Proposals) => {
                for item in self.report.sectors.iter().flat_map(|s| &s.proposals) {
                    let spans = self.spans(item, Style::default());
                    self.push(Role::Item, Some("-".into()), spans);
                }
            }
            None => {}
        }
    }

    fn sectors(&mut self) {
        let numbering = &self.report.numbering;
        for (i, sector) in self.report.sectors.iter().enumerate() {
            let mut spans = self.spans(&sector.title, BOLD);
            if !sector.lead.is_empty() {
                spans.push(plain_text(" "));
                spans.extend(self.spans(&sector.lead, Style::default()));
            }
            self.push(Role::SectorHeading, numbering.sectors.marker(i + 1), spans);
            self.paragraphs(&sector.intro);
            for (j, model) in sector.models.iter().enumerate() {
                let marker = numbering.models.marker(j + 1);
                let mut body = model.body.as_slice();
                if let Some(title) = &model.title {
                    let spans = self.spans(title, Style::default());
                    self.push(Role::ModelHeading, marker, spans);
                } else if let Some((first, rest)) = body.split_first() {
                    let spans = self.spans(&first.inlines, Style::default());
                    self.push(Role::Paragraph, marker, spans);
                    body = rest;
                }
                self.paragraphs(body);
            }
            self.paragraphs(&sector.after);
        }
    }

    fn paragraphs(&mut self, paragraphs: &[Paragraph]) {
        for p in paragraphs {
            let spans = self.spans(&p.inlines, Style::default());
            match p.item {
                Some(sign) => self.push(Role::Item, Some(sign.as_str().into()), spans),
                None => self.push(Role::Paragraph, None, spans),
            }
        }
    }

    fn push(&mut self, role: Role, marker: Option<String>, spans: Vec<Span>) {
        self.body.push(Block {
            role,
            marker,
            spans,
        });
    }

    /// Inline pieces → spans, with `base` emphasis added; footnotes get their numbers.
    fn spans(&mut self, inlines: &[Inline], base: Style) -> Vec<Span> {
        inlines
            .iter()
            .map(|inline| match inline {
                Inline::Text { text, style } => Span::Text {
                    text: text.clone(),
                    bold: style.bold || base.bold,
                    italic: style.italic || base.italic,
                },
                Inline::FootnoteRef { key, .. } => Span::FootnoteRef {
                    number: self.footnote_number(key),
                },
            })
            .collect()
    }

    fn footnote_number(&mut self, key: &str) -> usize {
        if let Some(&n) = self.numbers.get(key) {
            return n;
        }
        let n = self.footnotes.len() + 1;
        self.numbers.insert(key.to_string(), n);
        let text = self.report.footnotes.get(key).cloned().unwrap_or_default();
        let spans = self.spans(&text, Style::default());
        self.footnotes.push(Footnote { number: n, spans });
        n
    }
}

const BOLD: Style = Style {
    bold: true,
    italic: false,
};

fn plain_text(text: &str) -> Span {
    Span::Text {
        text: text.into(),
        bold: false,
        italic: false,
    }
}

fn header(report: &Report) -> Header {
    let number = if report.number.trim().is_empty() {
        BLANK_NUMBER
    } else {
        report.number.trim()
    };
    Header {
        parent_agency: report.agency.parent.clone(),
        agency: report.agency.name.clone(),
        number: format!("Số: {number}/{}", report.symbol),
        national_title: NATIONAL_TITLE.into(),
        motto: MOTTO.into(),
        place_date: format!("{}, {}", report.place, long_date(report.date)),
    }
}

/// `ngày 05 tháng 01 năm 2020`, `ngày 28 tháng 4 năm 2021`: days below 10 and the
/// months 1 and 2 take a leading zero (Decree 30/2020 Phụ lục I §II.4.b).
pub fn long_date(d: Date) -> String {
    let month = if d.month <= 2 {
        format!("{:02}", d.month)
    } else {
        d.month.to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", d.day, d.year)
}

/// A list punctuated as the decree's lists are: one item alone ends with "."; several
/// start with "- ", end with ";", the last with ".". Recipients always take dashes.
fn punctuated_list(items: &[String], always_dashed: bool) -> Vec<String> {
    let trimmed: Vec<&str> = items
        .iter()
        .map(|s| s.trim().trim_end_matches([';', '.']).trim_end())
        .collect();
    if trimmed.len() == 1 && !always_dashed {
        return vec![format!("{}.", trimmed[0])];
    }
    let last = trimmed.len().saturating_sub(1);
    trimmed
        .iter()
        .enumerate()
        .map(|(i, s)| format!("- {s}{}", if i == last { "." } else { ";" }))
        .collect()
}

/// Makes the closing sentence end with "./.", replacing a final "." if there is one.
fn end_with_dot_slash_dot(spans: &mut Vec<Span>) {
    if let Some(Span::Text { text, .. }) = spans.last_mut() {
        let trimmed = text
            .trim_end()
            .trim_end_matches("./.")
            .trim_end_matches('.');
        *text = format!("{trimmed}./.");
    } else {
        spans.push(plain_text("./."));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_pad_as_the_decree_says() {
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(long_date(d(2021, 4, 28)), "ngày 28 tháng 4 năm 2021");
        assert_eq!(long_date(d(2020, 1, 5)), "ngày 05 tháng 01 năm 2020");
        assert_eq!(long_date(d(2024, 2, 9)), "ngày 09 tháng 02 năm 2024");
        assert_eq!(long_date(d(2022, 12, 7)), "ngày 07 tháng 12 năm 2022");
    }

    #[test]
    fn lists_are_punctuated() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            punctuated_list(&items(&["Văn phòng UBND tỉnh"]), false),
            ["Văn phòng UBND tỉnh."]
        );
        assert_eq!(
            punctuated_list(&items(&["Như trên;", "Lưu: VT."]), true),
            ["- Như trên;", "- Lưu: VT."]
        );
    }

    #[test]
    fn closing_gets_dot_slash_dot_once() {
        for input in ["để tổng hợp", "để tổng hợp.", "để tổng hợp./."] {
            let mut spans = vec![plain_text(input)];
            end_with_dot_slash_dot(&mut spans);
            assert_eq!(spans, vec![plain_text("để tổng hợp./.")]);
        }
    }
}
