//! Stage 2, validate: the parsed files → the checked [`Report`] and diagnostics.
//! Checks what the schema cannot: markup, footnotes across the whole report, the date,
//! number and symbol, signing authority, recipients, numbering styles and includes, the
//! layout options against the decree's ranges, empty sectors and models; then the style
//! observations of [`crate::style`] (warnings).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::files::{Footnotes, LayoutFile, ModelFile, Number, SectionFile, SectorFile};
use crate::load::locate::locate;
use crate::load::{LoadedReport, Text};
use crate::markup::{self, Inline, MarkupErrorKind};
use crate::messages::Message;
use crate::model::*;
use crate::nd30::{self, HeaderSizes, PageSetup};
use crate::numbering::{MarkerStyle, STYLE_NAMES};

/// Checks a loaded report. Returns the report when there is no error.
pub fn validate(loaded: &LoadedReport) -> (Option<Report>, Diagnostics) {
    let mut c = Checker {
        sources: &loaded.sources,
        diags: Diagnostics::default(),
        refs: BTreeMap::new(),
        defs: BTreeMap::new(),
        footnotes: BTreeMap::new(),
        prose: Vec::new(),
    };
    let report = c.report(loaded);
    if loaded.complete {
        c.check_footnotes();
    }
    crate::style::check(&c.prose, c.sources, &mut c.diags);
    let ok = !c.diags.has_errors();
    (ok.then_some(report), c.diags)
}

/// A place in a file: the file and a byte range.
type Place = (PathBuf, Range<usize>);

struct Checker<'a> {
    sources: &'a BTreeMap<PathBuf, String>,
    diags: Diagnostics,
    /// Where each footnote key is referenced, in reading order of the files.
    refs: BTreeMap<String, Vec<Place>>,
    /// Where each footnote key is defined (first definition).
    defs: BTreeMap<String, Place>,
    footnotes: BTreeMap<String, Vec<Inline>>,
    /// Every paragraph of body text, for the style observations.
    prose: Vec<(&'a Path, &'a Text)>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, loaded: &'a LoadedReport) -> Report {
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
        self.number(file, f.number.as_ref());
        self.symbol(file, &f.symbol, &f.doc_type);
        self.authority(file, &f.signer.authority);
        self.recipients(file, &f.recipients, !f.addressees.is_empty());
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
            closing: self.prose_inlines(file, &f.closing),
            footnotes: std::mem::take(&mut self.footnotes),
            recipients: f.recipients.iter().map(plain).collect(),
            signer: Signer {
                authority: f.signer.authority.iter().map(plain).collect(),
                title: plain(&f.signer.title),
                name: plain(&f.signer.name),
            },
            page: self.page(file, &f.layout),
        }
    }

    fn section(&mut self, file: &'a Path, s: &'a SectionFile) -> Section {
        let include = s.include.as_ref().and_then(|inc| {
            let found = Include::parse(inc.value().trim());
            if found.is_none() {
                let message = Message::BadInclude {
                    value: inc.value().into(),
                    allowed: Include::NAMES.join(", "),
                };
                self.push(message, file, self.whole(file, inc));
            }
            found
        });
        Section {
            title: self.inlines(file, &s.title),
            body: self.paragraphs(file, &s.body),
            include,
        }
    }

    fn sector(&mut self, file: &'a Path, s: &'a SectorFile) -> Sector {
        self.definitions(file, &s.footnotes);
        if s.intro.is_empty()
            && s.models.is_empty()
            && s.after.is_empty()
            && s.difficulties.is_empty()
            && s.proposals.is_empty()
        {
            self.push(Message::EmptySector, file, self.whole(file, &s.title));
        }
        Sector {
            title: self.inlines(file, &s.title),
            lead: s
                .lead
                .as_ref()
                .map(|l| self.prose_inlines(file, l))
                .unwrap_or_default(),
            intro: self.paragraphs(file, &s.intro),
            models: s.models.iter().map(|m| self.model(file, m)).collect(),
            after: self.paragraphs(file, &s.after),
            difficulties: s
                .difficulties
                .iter()
                .map(|t| self.prose_inlines(file, t))
                .collect(),
            proposals: s
                .proposals
                .iter()
                .map(|t| self.prose_inlines(file, t))
                .collect(),
        }
    }

    fn model(&mut self, file: &'a Path, m: &'a ModelFile) -> Model {
        self.definitions(file, &m.footnotes);
        if m.body.value.is_empty() {
            let start = m.body.referenced.span().byte_offset().unwrap_or(0) as usize;
            let len = m.body.referenced.span().byte_len().unwrap_or(1).max(1) as usize;
            self.push(Message::EmptyModel, file, Some(start..start + len));
        }
        Model {
            title: m.title.as_ref().map(|t| self.inlines(file, t)),
            body: self.paragraphs(file, &m.body.value),
        }
    }

    fn paragraphs(&mut self, file: &'a Path, texts: &'a [Text]) -> Vec<Paragraph> {
        texts.iter().map(|t| self.paragraph(file, t)).collect()
    }

    /// A paragraph; a leading `- ` or `+ ` makes it an item.
    fn paragraph(&mut self, file: &'a Path, text: &'a Text) -> Paragraph {
        self.prose.push((file, text));
        let (item, skip) = match text.value().get(..2) {
            Some("- ") => (Some(ItemSign::Dash), 2),
            Some("+ ") => (Some(ItemSign::Plus), 2),
            _ => (None, 0),
        };
        Paragraph {
            item,
            inlines: self.inlines_from(file, text, skip),
        }
    }

    /// Inline pieces of body text (also seen by the style observations).
    fn prose_inlines(&mut self, file: &'a Path, text: &'a Text) -> Vec<Inline> {
        self.prose.push((file, text));
        self.inlines(file, text)
    }

    fn inlines(&mut self, file: &Path, text: &Text) -> Vec<Inline> {
        self.inlines_from(file, text, 0)
    }

    /// Parses the markup of `text` from character `skip` on, recording footnote references.
    fn inlines_from(&mut self, file: &Path, text: &Text, skip: usize) -> Vec<Inline> {
        // `skip` counts the characters of an ASCII item sign ("- ")
        let raw = text.value().get(skip..).unwrap_or_default();
        match markup::parse(raw) {
            Ok(inlines) => {
                for inline in &inlines {
                    if let Inline::FootnoteRef { key, offset } = inline {
                        let len = key.chars().count() + 3;
                        let at = self.inside(file, text, skip + offset, len);
                        self.refs
                            .entry(key.clone())
                            .or_default()
                            .push((file.to_path_buf(), at));
                    }
                }
                inlines.into_iter().map(nfc).collect()
            }
            Err(e) => {
                let message = match e.kind {
                    MarkupErrorKind::UnclosedEmphasis(mark) => Message::UnclosedEmphasis { mark },
                    MarkupErrorKind::BadFootnoteRef => Message::BadFootnoteRef,
                };
                let at = self.inside(file, text, skip + e.offset, 1);
                self.push(message, file, Some(at));
                Vec::new()
            }
        }
    }

    /// Records the footnote definitions of one `footnotes` map.
    fn definitions(&mut self, file: &Path, defs: &Footnotes) {
        for (key, text) in &defs.0 {
            let key = key.clone();
            let key_at = self.key_before(file, &key, text);
            if !is_footnote_key(&key) {
                self.push(Message::FootnoteKey { key }, file, Some(key_at));
                continue;
            }
            if let Some((first_file, first_at)) = self.defs.get(&key) {
                let first = match self.sources.get(first_file) {
                    Some(src) => format!(
                        "{}:{}",
                        first_file.display(),
                        crate::diagnostic::position_of(src, first_at.start).line
                    ),
                    None => first_file.display().to_string(),
                };
                self.push(Message::FootnoteTwice { key, first }, file, Some(key_at));
                continue;
            }
            self.defs
                .insert(key.clone(), (file.to_path_buf(), key_at.clone()));
            let inlines = self.inlines(file, text);
            if inlines
                .iter()
                .any(|i| matches!(i, Inline::FootnoteRef { .. }))
            {
                self.push(Message::FootnoteNested, file, self.whole(file, text));
            }
            self.footnotes.insert(key, inlines);
        }
    }

    /// Every reference defined and used once, every definition used.
    fn check_footnotes(&mut self) {
        let mut found = Vec::new();
        for (key, places) in &self.refs {
            for (file, at) in places.iter().skip(1) {
                found.push((
                    Message::FootnoteReused { key: key.clone() },
                    file.clone(),
                    at.clone(),
                ));
            }
            if !self.defs.contains_key(key) {
                for (file, at) in places {
                    found.push((
                        Message::FootnoteUndefined { key: key.clone() },
                        file.clone(),
                        at.clone(),
                    ));
                }
            }
        }
        for (key, (file, at)) in &self.defs {
            if !self.refs.contains_key(key) {
                found.push((
                    Message::FootnoteUnused { key: key.clone() },
                    file.clone(),
                    at.clone(),
                ));
            }
        }
        for (message, file, at) in found {
            self.push(message, &file, Some(at));
        }
    }

    fn style(&mut self, file: &Path, name: Option<&Text>, default: MarkerStyle) -> MarkerStyle {
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
            self.push(message, file, self.whole(file, name));
            default
        })
    }

    fn date(&mut self, file: &Path, text: &Text) -> Date {
        parse_date(text.value().trim()).unwrap_or_else(|| {
            if !text.value().contains(crate::init::PLACEHOLDER) {
                self.push(
                    Message::BadDate {
                        value: text.value().into(),
                    },
                    file,
                    self.whole(file, text),
                );
            }
            Date {
                year: 1970,
                month: 1,
                day: 1,
            }
        })
    }

    /// Số: digits, zero-padded below 10, or blank (Phụ lục I §II.3).
    fn number(&mut self, file: &Path, number: Option<&Text>) {
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
            self.push(
                Message::BadNumber { value: n.into() },
                file,
                self.whole(file, text),
            );
        }
    }

    /// Ký hiệu: groups of capitals (or the official mixed-case codes) joined by "-", and
    /// the first group the code of the document type when the type is a named one.
    fn symbol(&mut self, file: &Path, symbol: &Text, doc_type: &Text) {
        let s = symbol.value();
        let well_formed = s.split('-').all(|g| {
            !g.is_empty()
                && g.chars().all(char::is_alphanumeric)
                && (g.chars().all(|c| !c.is_lowercase()) || MIXED_CASE_CODES.contains(&g))
        });
        if !well_formed {
            self.push(
                Message::BadSymbol { value: s.into() },
                file,
                self.whole(file, symbol),
            );
            return;
        }
        let kind: String = doc_type
            .value()
            .nfc()
            .collect::<String>()
            .trim()
            .to_uppercase();
        let code = s.split('-').next().unwrap_or("");
        if let Some((_, expected)) = TYPE_CODES.iter().find(|(name, _)| *name == kind)
            && *expected != code
        {
            let message = Message::SymbolTypeMismatch {
                code: code.into(),
                expected: (*expected).into(),
                doc_type: kind,
            };
            self.push(message, file, self.whole(file, symbol));
        }
    }

    /// TM., KT., TL., TUQ., Q. (Phụ lục I §II.7.b).
    fn authority(&mut self, file: &Path, lines: &[Text]) {
        for line in lines {
            let v = line.value().trim();
            if !AUTHORITIES.iter().any(|a| v.starts_with(a)) {
                self.push(
                    Message::BadAuthority { line: v.into() },
                    file,
                    self.whole(file, line),
                );
            }
        }
    }

    /// Nơi nhận: not empty, the archive line present, "Như trên" first when there is
    /// an addressee (Phụ lục I §II.9).
    fn recipients(&mut self, file: &Path, items: &[Text], has_addressees: bool) {
        let Some(first) = items.first() else {
            let at = self
                .sources
                .get(file)
                .and_then(|s| key_line(s, "recipients"));
            self.push(Message::RecipientsEmpty, file, at);
            return;
        };
        if !items
            .iter()
            .any(|t| t.value().trim_start().starts_with("Lưu"))
        {
            let last = items.last().unwrap_or(first);
            self.push(Message::RecipientsNoArchive, file, self.whole(file, last));
        }
        if has_addressees && !first.value().trim_start().starts_with("Như trên") {
            self.push(Message::RecipientsNoNhuTren, file, self.whole(file, first));
        }
    }

    /// The layout options, each within the decree's range.
    fn page(&mut self, file: &Path, l: &LayoutFile) -> PageSetup {
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
        let between = (nd30::PARAGRAPH_SPACING_MIN, f64::MAX);
        let para = self.ranged(
            file,
            l.paragraph_spacing_pt.as_ref(),
            "paragraph_spacing_pt",
            between,
            "≥ 6 pt",
        );
        page.paragraph_spacing_pt = para.unwrap_or(page.paragraph_spacing_pt);
        if let Some(n) = &l.first_line_indent_cm {
            if nd30::FIRST_LINE_CHOICES
                .iter()
                .any(|c| (c - n.value()).abs() < 0.005)
            {
                page.first_line_indent_cm = n.value();
            } else {
                self.layout_error(file, n, "first_line_indent_cm", "1 cm hoặc 1,27 cm");
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
                    self.push(message, file, self.whole(file, t));
                }
            }
        }
        page
    }

    fn ranged(
        &mut self,
        file: &Path,
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

    fn layout_error(&mut self, file: &Path, n: &Number, option: &'static str, range: &'static str) {
        let message = Message::LayoutRange {
            option,
            value: format_number(n.value()),
            range,
        };
        self.push(message, file, Some(n.byte_range()));
    }

    fn push(&mut self, message: Message, file: &Path, at: Option<Range<usize>>) {
        let mut d = Diagnostic::new(message, file);
        d.range = at;
        self.diags.push(d);
    }

    /// The bytes of the mapping key `key` written before the value `text` (the nearest
    /// occurrence before the value), or the value's own bytes.
    fn key_before(&self, file: &Path, key: &str, text: &Text) -> Range<usize> {
        let start = text.byte_start();
        let found = self
            .sources
            .get(file)
            .and_then(|src| src.get(..start))
            .and_then(|before| before.rfind(key));
        match found {
            Some(at) => at..at + key.len(),
            None => start..start + text.byte_len().max(1),
        }
    }

    /// The bytes of a whole scalar.
    fn whole(&self, _file: &Path, text: &Text) -> Option<Range<usize>> {
        let start = text.byte_start();
        Some(start..start + text.byte_len().max(1))
    }

    /// The bytes of characters `offset .. offset + len` of a scalar's value.
    fn inside(&self, file: &Path, text: &Text, offset: usize, len: usize) -> Range<usize> {
        match self.sources.get(file) {
            Some(source) => locate(source, text.byte_start(), text.value(), offset, len),
            None => text.byte_start()..text.byte_start() + 1,
        }
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

/// A footnote key: lower-case ASCII letters, digits and `-`.
fn is_footnote_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The range of a top-level `key:` in a source, if written at the start of a line.
fn key_line(source: &str, key: &str) -> Option<Range<usize>> {
    let needle = format!("{key}:");
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if line.starts_with(&needle) {
            return Some(offset..offset + key.len());
        }
        offset += line.len();
    }
    None
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        v.to_string()
    }
}

/// A text value without markup, NFC.
fn plain(text: &Text) -> String {
    to_nfc(text.value())
}

/// `s` in NFC; the quick check spares the normalisation of text already in NFC.
fn to_nfc(s: &str) -> String {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

fn nfc(inline: Inline) -> Inline {
    match inline {
        Inline::Text { text, style } if is_nfc_quick(text.chars()) != IsNormalized::Yes => {
            Inline::Text {
                text: text.nfc().collect(),
                style,
            }
        }
        other => other,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_that_exist() {
        assert!(parse_date("2021-04-28").is_some());
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("2021-04-31").is_none());
        assert!(parse_date("2021-4-28").is_none());
        assert!(parse_date("28/04/2021").is_none());
    }

    #[test]
    fn footnote_keys() {
        assert!(is_footnote_key("hoi-quan") && is_footnote_key("m1"));
        assert!(!is_footnote_key("Khóa-Sai") && !is_footnote_key("a b") && !is_footnote_key(""));
    }
}
