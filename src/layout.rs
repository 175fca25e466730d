//! Stage 3, lay out: the checked [`Report`] → the typed [`Document`]. Numbers sections,
//! sectors and models by the data's marker styles, gathers difficulties and proposals
//! in sector order, numbers footnotes once in reading order, and settles the wording of
//! the header, addressees, closing sentence and recipients.

use std::collections::BTreeMap;

use crate::document::*;
use crate::markup::{Inline, Style};
use crate::model::{self, Date, Include, Report, Section};

/// Quốc hiệu (Decree 30/2020 Phụ lục I §II.1).
pub const NATIONAL_TITLE: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// Tiêu ngữ.
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// What a blank document number prints as: room to write the number by hand.
const BLANK_NUMBER: &str = "      ";
/// The blank number in an appendix's reference line: dots to fill in by hand.
const BLANK_NUMBER_DOTS: &str = "......";
/// A day or month left blank in the header of an electronic document.
const BLANK_DAY: &str = "    ";

/// Lays out a checked report, letting go of each sector once it is laid out (when the
/// sectors are included once, as they are but in a made-up report), so that the checked
/// report and the document are not held whole at once (at 10,000 models, 12 MB and
/// 13 MB).
pub fn lay_out(mut report: Report) -> Document {
    // the sectors' difficulties and proposals join the report's own, after them, as the
    // sections that gather them list them
    let mut sectors = std::mem::take(&mut report.sectors);
    for sector in &mut sectors {
        report.difficulties.append(&mut sector.difficulties);
        report.proposals.append(&mut sector.proposals);
    }
    let includes = report
        .sections
        .iter()
        .filter(|s| s.include == Some(Include::Sectors))
        .count();
    let tables = std::mem::take(&mut report.tables);
    let report = &report;
    let headings = appendix_headings(report.appendices.len());
    let mut l = Layout {
        report,
        sectors,
        tables,
        includes,
        body: Vec::new(),
        numbers: BTreeMap::new(),
        footnotes: Vec::new(),
        appendix_names: report
            .appendices
            .iter()
            .map(|a| a.key.clone())
            .zip(headings.iter().cloned())
            .collect(),
    };
    l.blocks(&report.opening);
    for (i, section) in report.sections.iter().enumerate() {
        l.section(i + 1, section);
    }
    let mut closing = l.spans(&report.closing, Style::default());
    end_with_dot_slash_dot(&mut closing);
    l.push(Role::Closing, None, closing);
    let body = std::mem::take(&mut l.body);
    let reference = reference_line(report);
    let appendices = report
        .appendices
        .iter()
        .zip(headings)
        .map(|(a, heading)| {
            l.blocks(&a.body);
            Appendix {
                heading,
                title: a.title.as_ref().map(|t| t.to_uppercase()),
                reference: reference.clone(),
                landscape: a.landscape,
                body: std::mem::take(&mut l.body),
            }
        })
        .collect();
    Document {
        header: header(report),
        title: Title {
            doc_type: report.doc_type.clone(),
            summary: report.summary.clone(),
        },
        addressees: punctuated_list(&report.addressees, false),
        body,
        appendices,
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
        date: IsoDate::from(report.date),
        page: report.page,
        marks: report.marks.clone(),
        metadata: crate::metadata::Metadata::of(report),
        words: crate::document::Words::default(),
        created: format!("{}T00:00:00Z", crate::model::iso_date(report.date)),
    }
}

struct Layout<'a> {
    /// The report but for its sectors, which are here:
    report: &'a Report,
    sectors: Vec<model::Sector>,
    /// The report's tables, each taken where its block is laid out.
    tables: Vec<model::Table>,
    /// How many sections still to lay out include the sectors: the last one lets go of
    /// them.
    includes: usize,
    body: Vec<Block>,
    /// Footnote key → its number, given at the first reference.
    numbers: BTreeMap<String, usize>,
    footnotes: Vec<Footnote>,
    /// Appendix key → its heading ("Phụ lục II"), for references in the text.
    appendix_names: BTreeMap<String, String>,
}

impl Layout<'_> {
    fn section(&mut self, n: usize, section: &Section) {
        let spans = self.spans(&section.title, BOLD);
        self.push(
            Role::SectionHeading,
            self.report.numbering.sections.marker(n),
            spans,
        );
        self.blocks(&section.body);
        let report = self.report;
        match section.include {
            Some(Include::Sectors) => self.sectors(),
            Some(Include::Difficulties) => {
                for item in &report.difficulties {
                    let spans = self.spans(item, Style::default());
                    self.push(Role::Item, Some("-".into()), spans);
                }
            }
            Some(Include::Proposals) => {
                for item in &report.proposals {
                    let spans = self.spans(item, Style::default());
                    self.push(Role::Item, Some("-".into()), spans);
                }
            }
            None => {}
        }
    }

    fn sectors(&mut self) {
        self.includes -= 1;
        let sectors = std::mem::take(&mut self.sectors);
        if self.includes == 0 {
            // each sector let go of once laid out
            for (i, sector) in sectors.into_iter().enumerate() {
                self.sector(i, &sector);
            }
        } else {
            for (i, sector) in sectors.iter().enumerate() {
                self.sector(i, sector);
            }
            self.sectors = sectors;
        }
    }

    fn sector(&mut self, i: usize, sector: &model::Sector) {
        let numbering = &self.report.numbering;
        let mut spans = self.spans(&sector.title, BOLD);
        if !sector.lead.is_empty() {
            spans.push(plain_text(" "));
            spans.extend(self.spans(&sector.lead, Style::default()));
        }
        self.push(Role::SectorHeading, numbering.sectors.marker(i + 1), spans);
        self.blocks(&sector.intro);
        for (j, model) in sector.models.iter().enumerate() {
            let marker = numbering.models.marker(j + 1);
            let mut body = model.body.as_slice();
            if let Some(title) = &model.title {
                let spans = self.spans(title, Style::default());
                self.push(Role::ModelHeading, marker, spans);
            } else if let Some((model::Block::Paragraph(first), rest)) = body.split_first()
                && first.item.is_none()
            {
                let spans = self.spans(&first.inlines, Style::default());
                self.push(Role::Paragraph, marker, spans);
                body = rest;
            } else if marker.is_some() {
                self.push(Role::Paragraph, marker, Vec::new());
            }
            self.blocks(body);
        }
        self.blocks(&sector.after);
    }

    fn blocks(&mut self, blocks: &[model::Block]) {
        for block in blocks {
            match block {
                model::Block::Paragraph(p) => {
                    let spans = self.spans(&p.inlines, Style::default());
                    match p.item {
                        Some(sign) => self.push(Role::Item, Some(sign.as_str().into()), spans),
                        None => self.push(Role::Paragraph, None, spans),
                    }
                }
                model::Block::Numbered(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let marker = self.report.numbering.items.marker(i + 1);
                        let spans = self.spans(item, Style::default());
                        self.push(Role::Item, marker, spans);
                    }
                }
                model::Block::Table(id) => {
                    let table = self.table(*id);
                    self.body.push(Block::Table(Box::new(table)));
                }
            }
        }
    }

    /// A checked table on its grid: header rows, body rows, the total row last; each
    /// number printed from the one value the table and its figures hold.
    fn table(&mut self, id: model::TableId) -> Table {
        // taken, and each row let go of once laid out: a table of 100,000 rows is not
        // held twice, as checked and as laid out
        let mut t = std::mem::take(&mut self.tables[id]);
        let columns = t.columns.len();
        let header_rows = t.header.len();
        let mut rows = Vec::with_capacity(t.header.len() + t.rows.len() + 1);
        for row in std::mem::take(&mut t.header) {
            rows.push(self.grid_row(row, &t.columns, true));
        }
        for row in std::mem::take(&mut t.rows) {
            rows.push(self.grid_row(row, &t.columns, false));
        }
        if let Some(total) = t.total.take() {
            let mut row = self.grid_row(total, &t.columns, false);
            for cell in &mut row {
                cell.bold = true;
                if let CellContent::Spans(spans) = &mut cell.content {
                    bolden(spans);
                }
            }
            rows.push(row);
        }
        debug_assert!(
            rows.iter()
                .all(|r| r.iter().map(|c| c.span as usize).sum::<usize>() == columns)
        );
        Table {
            title: t.title.as_ref().map(|x| self.spans(x, BOLD)),
            unit: t.unit.as_ref().map(|x| self.spans(x, ITALIC)),
            widths: t.columns.iter().map(|c| c.weight).collect(),
            header_rows,
            rows,
        }
    }

    fn grid_row(
        &mut self,
        row: model::Row,
        columns: &[model::Column],
        header: bool,
    ) -> Vec<TableCell> {
        let base = if header { BOLD } else { Style::default() };
        row.into_iter()
            .map(|cell| {
                let align = if header {
                    model::CellAlign::Center
                } else {
                    cell.align.unwrap_or_else(|| {
                        columns
                            .get(cell.column as usize)
                            .map_or(model::CellAlign::Left, |c| c.align)
                    })
                };
                let content = match cell.content {
                    model::Content::Empty => CellContent::Empty,
                    model::Content::Text(inlines) => {
                        CellContent::Spans(self.spans_owned(inlines, base).into())
                    }
                    model::Content::Plain(text) => CellContent::Plain(text),
                    model::Content::Number(q) => CellContent::Number(q),
                };
                TableCell {
                    column: cell.column,
                    span: cell.span,
                    rows: cell.rows,
                    align,
                    bold: header,
                    content,
                }
            })
            .collect()
    }

    fn push(&mut self, role: Role, marker: Option<String>, spans: Vec<Span>) {
        self.body.push(Block::Paragraph(Paragraph {
            role,
            marker,
            spans,
        }));
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
                Inline::FigureRef { name, .. } => Span::Text {
                    text: self
                        .report
                        .figures
                        .get(name)
                        .map(|f| f.text.clone())
                        .or_else(|| self.report.period?.cut_off_text(name))
                        .unwrap_or_default(),
                    bold: base.bold,
                    italic: base.italic,
                },
                Inline::AppendixRef { key, .. } => Span::Text {
                    text: self.appendix_names.get(key).cloned().unwrap_or_default(),
                    bold: base.bold,
                    italic: base.italic,
                },
            })
            .collect()
    }

    /// [`Layout::spans`] of pieces no longer needed: their texts are moved, not copied.
    fn spans_owned(&mut self, inlines: Box<[Inline]>, base: Style) -> Vec<Span> {
        let mut out = Vec::with_capacity(inlines.len());
        for inline in inlines {
            match inline {
                Inline::Text { text, style } => out.push(Span::Text {
                    text,
                    bold: style.bold || base.bold,
                    italic: style.italic || base.italic,
                }),
                other => out.extend(self.spans(std::slice::from_ref(&other), base)),
            }
        }
        out
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

const ITALIC: Style = Style {
    bold: false,
    italic: true,
};

fn bolden(spans: &mut [Span]) {
    for span in spans {
        if let Span::Text { bold, .. } = span {
            *bold = true;
        }
    }
}

/// `Phụ lục` for the only appendix; `Phụ lục I`, `Phụ lục II`, … for two or more
/// (Phụ lục I §III.1.a).
pub fn appendix_headings(count: usize) -> Vec<String> {
    if count == 1 {
        return vec!["Phụ lục".into()];
    }
    (1..=count)
        .map(|n| format!("Phụ lục {}", crate::numbering::roman(n)))
        .collect()
}

/// `(Kèm theo Báo cáo số 141/BC-UBND ngày 28 tháng 4 năm 2021 của Ủy ban nhân dân thành
/// phố Sa Đéc)`, from the header (Phụ lục I §III.1.c, Mẫu 2.1); dots while the number is
/// blank.
fn reference_line(report: &Report) -> String {
    let number = match report.number.trim() {
        "" => BLANK_NUMBER_DOTS,
        n => n,
    };
    let kind = report.doc_type.trim().to_lowercase();
    let mut chars = kind.chars();
    let kind: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect();
    format!(
        "(Kèm theo {kind} số {number}/{} {} của {})",
        report.symbol.trim(),
        if report.marks.electronic {
            format!("ngày ... tháng ... năm {}", report.date.year())
        } else {
            long_date(report.date)
        },
        report.agency.full_name.trim()
    )
}

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
        place_date: format!("{}, {}", report.place, issue_date(report)),
    }
}

/// The issue date as printed: in full, or, for an electronic document, with the day and
/// month left for the document system to fill when it is signed.
fn issue_date(report: &Report) -> String {
    if report.marks.electronic {
        format!(
            "ngày {BLANK_DAY} tháng {BLANK_DAY} năm {}",
            report.date.year()
        )
    } else {
        long_date(report.date)
    }
}

/// `ngày 05 tháng 01 năm 2020`, `ngày 28 tháng 4 năm 2021`: days below 10 and the
/// months 1 and 2 take a leading zero (Decree 30/2020 Phụ lục I §II.4.b).
pub fn long_date(d: Date) -> String {
    let month = u8::from(d.month());
    let month = if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    };
    format!("ngày {:02} tháng {month} năm {}", d.day(), d.year())
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

    /// The text of each paragraph of `doc`'s body, with its marker.
    fn paragraphs(doc: &Document) -> Vec<String> {
        doc.body
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p),
                Block::Table(_) => None,
            })
            .map(|p| {
                let text: String = p
                    .spans
                    .iter()
                    .map(|s| match s {
                        Span::Text { text, .. } => text.as_str(),
                        Span::FootnoteRef { .. } => "^",
                    })
                    .collect();
                format!("{} {text}", p.marker.as_deref().unwrap_or(""))
            })
            .collect()
    }

    /// A checked report of one sector file (with an intro paragraph, a difficulty and a
    /// proposal of its own) whose sections are `sections` (YAML list items).
    fn checked(sections: &str) -> Report {
        let report_yaml = format!(
            r#"agency:
  name: [ỦY BAN NHÂN DÂN, XÃ THỬ]
number: "07"
symbol: BC-UBND
place: Thử
date: 2024-03-05
doc_type: BÁO CÁO
summary: Tình hình thử nghiệm
sections:
{sections}
difficulties: [Khó khăn chung.]
proposals: [Đề xuất chung.]
closing: Trên đây là báo cáo.
recipients: [Như trên, "Lưu: VT"]
signer:
  authority: [TM. ỦY BAN NHÂN DÂN]
  title: CHỦ TỊCH
  name: Nguyễn Văn A
"#
        );
        let sector = "title: \"Trong lĩnh vực thử:\"\nintro: [Mở đầu lĩnh vực.]\n\
            difficulties: [Khó khăn của lĩnh vực.]\nproposals: [Đề xuất của lĩnh vực.]\n";
        let (loaded, diags) = crate::load::load_from_memory(
            std::path::Path::new("thu"),
            report_yaml.as_bytes(),
            &[("01.yaml", sector.as_bytes())],
        );
        let loaded = loaded.unwrap_or_else(|| panic!("{:?}", diags.iter().collect::<Vec<_>>()));
        let (report, diags) = crate::validate::validate(&loaded);
        report.unwrap_or_else(|| panic!("{:?}", diags.iter().collect::<Vec<_>>()))
    }

    /// A section that gathers difficulties before the sectors' section still has the
    /// sectors' own; sectors included twice are laid out twice; the sections are
    /// numbered in order.
    #[test]
    fn sectors_difficulties_and_proposals_in_any_order() {
        let report = checked(
            "  - title: Khó khăn\n    include: difficulties\n\
             \x20 - title: Kết quả\n    include: sectors\n\
             \x20 - title: Lần nữa\n    include: sectors\n\
             \x20 - title: Đề xuất\n    include: proposals",
        );
        let markers: Vec<Option<String>> = (1..=4)
            .map(|n| report.numbering.sections.marker(n))
            .collect();
        let doc = lay_out(report);
        let headings: Vec<Option<String>> = doc
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) if p.role == Role::SectionHeading => Some(p.marker.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(headings, markers);
        let body = paragraphs(&doc);
        let at = |text: &str| body.iter().filter(|p| p.ends_with(text)).count();
        assert_eq!(at("Trong lĩnh vực thử:"), 2, "{body:#?}");
        assert_eq!(at("Mở đầu lĩnh vực."), 2, "{body:#?}");
        let difficulties: Vec<&String> = body.iter().filter(|p| p.contains("Khó khăn ")).collect();
        assert_eq!(
            difficulties,
            ["- Khó khăn chung.", "- Khó khăn của lĩnh vực."],
            "{body:#?}"
        );
        let proposals: Vec<&String> = body.iter().filter(|p| p.contains("Đề xuất ")).collect();
        assert_eq!(
            proposals,
            ["- Đề xuất chung.", "- Đề xuất của lĩnh vực."],
            "{body:#?}"
        );
        // the sectors included once, as a report has them
        let doc = lay_out(checked("  - title: Kết quả\n    include: sectors"));
        let body = paragraphs(&doc);
        assert_eq!(
            body.iter()
                .filter(|p| p.ends_with("Mở đầu lĩnh vực."))
                .count(),
            1,
            "{body:#?}"
        );
    }

    /// The sectors are let go of by the last section that includes them, not before.
    #[test]
    fn the_last_include_lets_go_of_the_sectors() {
        let mut report = checked("  - title: Kết quả\n    include: sectors");
        let sectors = std::mem::take(&mut report.sectors);
        let mut l = Layout {
            report: &report,
            sectors,
            tables: Vec::new(),
            includes: 2,
            body: Vec::new(),
            numbers: BTreeMap::new(),
            footnotes: Vec::new(),
            appendix_names: BTreeMap::new(),
        };
        l.sectors();
        assert_eq!(l.sectors.len(), 1, "kept for the second include");
        l.sectors();
        assert!(l.sectors.is_empty(), "let go of by the last");
    }

    #[test]
    fn long_dates_pad_as_the_decree_says() {
        let d = |year, month: u8, day| {
            Date::from_calendar_date(year, time::Month::try_from(month).unwrap(), day).unwrap()
        };
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
