//! Stage 2, validate: the parsed files → the checked [`Report`] and diagnostics.
//! Checks what serde cannot: markup, footnote references and definitions across the
//! whole report, dates, numbering styles, section includes, empty sectors and models.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::files::{ModelFile, SectionFile, SectorFile};
use crate::load::{LoadedReport, Text};
use crate::markup::{self, Inline, MarkupErrorKind};
use crate::model::*;
use crate::numbering::{MarkerStyle, STYLE_NAMES};

/// Checks a loaded report. Returns the report when there is no error.
pub fn validate(loaded: &LoadedReport) -> (Option<Report>, Diagnostics) {
    let mut c = Checker::default();
    let report = c.report(loaded);
    c.check_footnotes();
    let ok = !c.diags.has_errors();
    (ok.then_some(report), c.diags)
}

#[derive(Default)]
struct Checker {
    diags: Diagnostics,
    /// Where each footnote key is referenced.
    refs: BTreeMap<String, Vec<(PathBuf, Position)>>,
    /// Where each footnote key is defined (first definition).
    defs: BTreeMap<String, (PathBuf, Position)>,
    footnotes: BTreeMap<String, Vec<Inline>>,
}

impl Checker {
    fn report(&mut self, loaded: &LoadedReport) -> Report {
        let f = &loaded.report;
        let file = loaded.report_path.as_path();
        let numbering = Numbering {
            sections: self.style(file, f.numbering.sections.as_ref(), MarkerStyle::ArabicDot),
            sectors: self.style(file, f.numbering.sectors.as_ref(), MarkerStyle::Bullet('*')),
            models: self.style(file, f.numbering.models.as_ref(), MarkerStyle::ArabicParen),
        };
        self.definitions(file, &f.footnotes);
        let sectors = loaded
            .sectors
            .iter()
            .map(|(path, s)| self.sector(path, s))
            .collect();
        Report {
            agency: Agency {
                parent: f.agency.parent.as_ref().map(plain),
                name: f.agency.name.iter().map(plain).collect(),
            },
            number: f.number.as_ref().map(plain).unwrap_or_default(),
            symbol: plain(&f.symbol),
            place: plain(&f.place),
            date: self.date(file, &f.date),
            doc_type: plain(&f.doc_type),
            summary: plain(&f.summary),
            addressees: f.addressees.iter().map(plain).collect(),
            opening: self.paragraphs(file, &f.opening),
            numbering,
            sections: f.sections.iter().map(|s| self.section(file, s)).collect(),
            sectors,
            closing: self.inlines(file, &f.closing),
            footnotes: std::mem::take(&mut self.footnotes),
            recipients: f.recipients.iter().map(plain).collect(),
            signer: Signer {
                authority: f.signer.authority.iter().map(plain).collect(),
                title: plain(&f.signer.title),
                name: plain(&f.signer.name),
            },
        }
    }

    fn section(&mut self, file: &Path, s: &SectionFile) -> Section {
        let include = s.include.as_ref().and_then(|inc| {
            let found = Include::parse(inc.value.trim());
            if found.is_none() {
                self.diags.push(
                    Diagnostic::error(
                        "E-include",
                        file,
                        format!("`include: {}` không có nghĩa", inc.value),
                    )
                    .at(position(inc, 0))
                    .hint(format!("dùng một trong: {}", Include::NAMES.join(", "))),
                );
            }
            found
        });
        Section {
            title: self.inlines(file, &s.title),
            body: self.paragraphs(file, &s.body),
            include,
        }
    }

    fn sector(&mut self, file: &Path, s: &SectorFile) -> Sector {
        self.definitions(file, &s.footnotes);
        if s.intro.is_empty()
            && s.models.is_empty()
            && s.after.is_empty()
            && s.difficulties.is_empty()
            && s.proposals.is_empty()
        {
            self.diags.push(
                Diagnostic::error("E-empty-sector", file, "lĩnh vực không có nội dung")
                    .at(position(&s.title, 0))
                    .hint("thêm ít nhất một trong: intro, models, after, difficulties, proposals"),
            );
        }
        Sector {
            title: self.inlines(file, &s.title),
            lead: s
                .lead
                .as_ref()
                .map(|l| self.inlines(file, l))
                .unwrap_or_default(),
            intro: self.paragraphs(file, &s.intro),
            models: s.models.iter().map(|m| self.model(file, m)).collect(),
            after: self.paragraphs(file, &s.after),
            difficulties: s
                .difficulties
                .iter()
                .map(|t| self.inlines(file, t))
                .collect(),
            proposals: s.proposals.iter().map(|t| self.inlines(file, t)).collect(),
        }
    }

    fn model(&mut self, file: &Path, m: &ModelFile) -> Model {
        self.definitions(file, &m.footnotes);
        if m.body.is_empty() {
            let mut d = Diagnostic::error(
                "E-empty-model",
                file,
                "mô hình không có nội dung (body rỗng)",
            )
            .hint("viết ít nhất một đoạn trong body");
            if let Some(t) = &m.title {
                d = d.at(position(t, 0));
            }
            self.diags.push(d);
        }
        Model {
            title: m.title.as_ref().map(|t| self.inlines(file, t)),
            body: self.paragraphs(file, &m.body),
        }
    }

    fn paragraphs(&mut self, file: &Path, texts: &[Text]) -> Vec<Paragraph> {
        texts.iter().map(|t| self.paragraph(file, t)).collect()
    }

    /// A paragraph; a leading `- ` or `+ ` makes it an item.
    fn paragraph(&mut self, file: &Path, text: &Text) -> Paragraph {
        let (item, skip) = if text.value.starts_with("- ") {
            (Some(ItemSign::Dash), 2)
        } else if text.value.starts_with("+ ") {
            (Some(ItemSign::Plus), 2)
        } else {
            (None, 0)
        };
        Paragraph {
            item,
            inlines: self.inlines_from(file, text, skip),
        }
    }

    fn inlines(&mut self, file: &Path, text: &Text) -> Vec<Inline> {
        self.inlines_from(file, text, 0)
    }

    /// Parses the markup of `text` from character `skip` on, recording footnote references.
    fn inlines_from(&mut self, file: &Path, text: &Text, skip: usize) -> Vec<Inline> {
        let value: String = text
            .value
            .chars()
            .skip(skip)
            .collect::<String>()
            .nfc()
            .collect();
        match markup::parse(&value) {
            Ok(inlines) => {
                for inline in &inlines {
                    if let Inline::FootnoteRef { key, offset } = inline {
                        let at = position(text, skip + offset);
                        self.refs
                            .entry(key.clone())
                            .or_default()
                            .push((file.to_path_buf(), at));
                    }
                }
                inlines
            }
            Err(e) => {
                let (message, hint) = match e.kind {
                    MarkupErrorKind::UnclosedEmphasis(mark) => (
                        format!("dấu `{mark}` mở chữ nhấn mạnh nhưng không đóng"),
                        format!(
                            "thêm `{mark}` ở cuối đoạn cần nhấn mạnh, hoặc viết `\\*` nếu là dấu sao thật"
                        ),
                    ),
                    MarkupErrorKind::BadFootnoteRef => (
                        "tham chiếu chú thích sai dạng".to_string(),
                        "viết `[^khoa]`, khóa gồm chữ thường không dấu, số và `-`".to_string(),
                    ),
                };
                self.diags.push(
                    Diagnostic::error("E-markup", file, message)
                        .at(position(text, skip + e.offset))
                        .hint(hint),
                );
                Vec::new()
            }
        }
    }

    /// Records the footnote definitions of one `footnotes` map.
    fn definitions(&mut self, file: &Path, defs: &BTreeMap<String, Text>) {
        for (key, text) in defs {
            let at = position(text, 0);
            if let Some((first_file, first_at)) = self.defs.get(key) {
                self.diags.push(
                    Diagnostic::error(
                        "E-footnote-twice",
                        file,
                        format!(
                            "chú thích `{key}` đã được định nghĩa ở {}:{}",
                            first_file.display(),
                            first_at.line
                        ),
                    )
                    .at(at)
                    .hint("mỗi khóa chú thích chỉ được định nghĩa một lần; đổi tên một trong hai"),
                );
                continue;
            }
            self.defs.insert(key.clone(), (file.to_path_buf(), at));
            let inlines = self.inlines(file, text);
            if inlines
                .iter()
                .any(|i| matches!(i, Inline::FootnoteRef { .. }))
            {
                self.diags.push(
                    Diagnostic::error(
                        "E-footnote-nested",
                        file,
                        "chú thích không được chứa tham chiếu chú thích khác",
                    )
                    .at(at)
                    .hint("bỏ `[^...]` khỏi nội dung chú thích"),
                );
            }
            self.footnotes.insert(key.clone(), inlines);
        }
    }

    /// Every reference defined, every definition used.
    fn check_footnotes(&mut self) {
        for (key, places) in &self.refs {
            for (file, at) in places.iter().skip(1) {
                self.diags.push(
                    Diagnostic::error(
                        "E-footnote-reused",
                        file,
                        format!("chú thích `[^{key}]` đã được gắn ở chỗ khác"),
                    )
                    .at(*at)
                    .hint("mỗi chú thích chỉ gắn vào một chỗ; định nghĩa một chú thích mới cho chỗ này"),
                );
            }
            if !self.defs.contains_key(key) {
                for (file, at) in places {
                    self.diags.push(
                        Diagnostic::error(
                            "E-footnote-undefined",
                            file,
                            format!("chú thích `[^{key}]` chưa được định nghĩa"),
                        )
                        .at(*at)
                        .hint(format!(
                            "thêm `{key}: <nội dung>` vào `footnotes` của mô hình hoặc của tệp này"
                        )),
                    );
                }
            }
        }
        for (key, (file, at)) in &self.defs {
            if !self.refs.contains_key(key) {
                self.diags.push(
                    Diagnostic::error(
                        "E-footnote-unused",
                        file,
                        format!("chú thích `{key}` được định nghĩa nhưng không được dùng"),
                    )
                    .at(*at)
                    .hint(format!(
                        "đặt `[^{key}]` ngay sau từ cần chú thích, hoặc xóa định nghĩa"
                    )),
                );
            }
        }
    }

    fn style(&mut self, file: &Path, name: Option<&Text>, default: MarkerStyle) -> MarkerStyle {
        let Some(name) = name else { return default };
        MarkerStyle::parse(&name.value).unwrap_or_else(|| {
            self.diags.push(
                Diagnostic::error(
                    "E-numbering",
                    file,
                    format!("kiểu đánh số `{}` không hợp lệ", name.value),
                )
                .at(position(name, 0))
                .hint(format!("dùng một trong: {}", quoted(STYLE_NAMES))),
            );
            default
        })
    }

    fn date(&mut self, file: &Path, text: &Text) -> Date {
        parse_date(text.value.trim()).unwrap_or_else(|| {
            self.diags.push(
                Diagnostic::error(
                    "E-date",
                    file,
                    format!("ngày `{}` không tồn tại hoặc sai dạng", text.value),
                )
                .at(position(text, 0))
                .hint("viết ngày dạng YYYY-MM-DD, ví dụ 2021-04-28"),
            );
            Date {
                year: 1970,
                month: 1,
                day: 1,
            }
        })
    }
}

/// A text value without markup, NFC.
fn plain(text: &Text) -> String {
    text.value.nfc().collect()
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `YYYY-MM-DD` of a date that exists in the Gregorian calendar.
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (year, month, day): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (year >= 1900 && (1..=days).contains(&day)).then_some(Date { year, month, day })
}

/// The position of character `offset` of a scalar's value. Exact for a one-line plain or
/// quoted scalar (the usual case); the start of the scalar otherwise.
fn position(text: &Text, offset: usize) -> Position {
    let loc = &text.referenced;
    let start = Position {
        line: loc.line() as usize,
        column: loc.column() as usize,
    };
    let chars = text.value.chars().count();
    let span = loc.span().len() as usize;
    let quote = if span == chars {
        0
    } else if span == chars + 2 {
        1
    } else {
        return start;
    };
    Position {
        line: start.line,
        column: start.column + quote + offset,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn dates_that_exist() {
        assert!(parse_date("2021-04-28").is_some());
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("2021-04-31").is_none());
        assert!(parse_date("2021-4-28").is_none());
        assert!(parse_date("28/04/2021").is_none());
    }
}
