//! Stage 2, validate: the parsed files → the checked [`Report`] and diagnostics.
//! Checks what the schema cannot: markup, footnotes across the whole report, the date,
//! number and symbol, signing authority, recipients, numbering styles and includes, the
//! layout options against the decree's ranges, empty sectors and models; then the style
//! observations of [`crate::style`] (warnings). The checks of footnotes are in
//! `footnotes.rs`, those of the document's own fields (number, symbol, date, signer,
//! recipients, numbering, layout) in `fields.rs`.

mod blocks;
mod fields;
mod footnotes;
mod marks;

pub use blocks::appendix_key;

pub use fields::parse_date;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::files::{ModelFile, SectionFile, SectorFile};
use crate::load::locate::locate;
use crate::load::{LoadedReport, Text};
use crate::markup::{self, Inline, MarkupErrorKind};
use crate::messages::Message;
use crate::model::*;
use crate::numbering::MarkerStyle;

/// Checks a loaded report. Returns the report when there is no error.
pub fn validate(loaded: &LoadedReport) -> (Option<Report>, Diagnostics) {
    let mut c = Checker {
        sources: &loaded.sources,
        sheets: &loaded.sheets,
        diags: Diagnostics::default(),
        refs: BTreeMap::new(),
        defs: BTreeMap::new(),
        footnotes: BTreeMap::new(),
        prose: Vec::new(),
        appendix_refs: Vec::new(),
        appendix_files: loaded.appendices.iter().map(|(p, _)| p.clone()).collect(),
    };
    let report = c.report(loaded);
    if loaded.complete {
        c.check_footnotes();
        c.check_appendix_refs(&report.appendices);
    }
    crate::style::check(&c.prose, c.sources, &mut c.diags);
    let ok = !c.diags.has_errors();
    (ok.then_some(report), c.diags)
}

/// A place in a file: the file and a byte range.
type Place = (PathBuf, Range<usize>);

struct Checker<'a> {
    sources: &'a BTreeMap<PathBuf, String>,
    /// The rows of the tables' `rows_from` files.
    sheets: &'a BTreeMap<(PathBuf, usize), crate::load::Sheet>,
    diags: Diagnostics,
    /// Where each footnote key is referenced, in reading order of the files.
    refs: BTreeMap<String, Vec<Place>>,
    /// Where each footnote key is defined (first definition).
    defs: BTreeMap<String, Place>,
    footnotes: BTreeMap<String, Vec<Inline>>,
    /// Every paragraph of body text, for the style observations.
    prose: Vec<(&'a Path, &'a Text)>,
    /// Every appendix reference, in reading order.
    appendix_refs: Vec<(String, Place)>,
    /// The appendix files, in order.
    appendix_files: Vec<PathBuf>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, loaded: &'a LoadedReport) -> Report {
        let f = &loaded.report;
        let file = loaded.report_path.as_path();
        let numbering = Numbering {
            sections: self.style(file, f.numbering.sections.as_ref(), MarkerStyle::ArabicDot),
            sectors: self.style(file, f.numbering.sectors.as_ref(), MarkerStyle::Bullet('*')),
            models: self.style(file, f.numbering.models.as_ref(), MarkerStyle::ArabicParen),
            items: self.style(file, f.numbering.items.as_ref(), MarkerStyle::LetterParen),
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
        let appendices = self.appendices(loaded);
        let mut page = self.page(file, &f.layout);
        if let Some(o) = &f.layout.orientation {
            page.landscape = self.orientation(file, o);
            if page.landscape && (!appendices.is_empty() || !has_table(loaded)) {
                self.push(
                    Message::Block(crate::messages::BlockMessage::LandscapeBody),
                    file,
                    Some(o.byte_range()),
                );
            }
        }
        let marks = self.marks(file, &f.marks, f.number.as_ref());
        let name: Vec<String> = f.agency.name.iter().map(plain).collect();
        Report {
            agency: Agency {
                parent: f
                    .agency
                    .parent
                    .iter()
                    .flat_map(|p| &p.0)
                    .map(plain)
                    .collect(),
                full_name: f
                    .agency
                    .full_name
                    .as_ref()
                    .map(plain)
                    .unwrap_or_else(|| running_name(&name)),
                name,
            },
            number: f.number.as_ref().map(plain).unwrap_or_default(),
            symbol: plain(&f.symbol),
            place: plain(&f.place),
            date: self.date(file, &f.date),
            doc_type: plain(&f.doc_type),
            summary: plain(&f.summary),
            addressees: f.addressees.iter().map(plain).collect(),
            opening: self.blocks(file, &f.opening),
            numbering,
            sections: f.sections.iter().map(|s| self.section(file, s)).collect(),
            sectors,
            difficulties: f
                .difficulties
                .iter()
                .map(|t| self.prose_inlines(file, t))
                .collect(),
            proposals: f
                .proposals
                .iter()
                .map(|t| self.prose_inlines(file, t))
                .collect(),
            appendices,
            closing: self.prose_inlines(file, &f.closing),
            footnotes: std::mem::take(&mut self.footnotes),
            recipients: f.recipients.iter().map(plain).collect(),
            signer: Signer {
                authority: f.signer.authority.iter().map(plain).collect(),
                title: plain(&f.signer.title),
                name: plain(&f.signer.name),
            },
            page,
            marks,
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
                self.push(message, file, Some(inc.byte_range()));
            }
            found
        });
        Section {
            title: self.inlines(file, &s.title),
            body: self.blocks(file, &s.body),
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
            self.push(Message::EmptySector, file, Some(s.title.byte_range()));
        }
        Sector {
            title: self.inlines(file, &s.title),
            lead: s
                .lead
                .as_ref()
                .map(|l| self.prose_inlines(file, l))
                .unwrap_or_default(),
            intro: self.blocks(file, &s.intro),
            models: s.models.iter().map(|m| self.model(file, m)).collect(),
            after: self.blocks(file, &s.after),
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
            body: self.blocks(file, &m.body.value),
        }
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
                    if let Inline::AppendixRef { key, offset } = inline {
                        let len =
                            markup::APPENDIX_REF_OPEN.chars().count() + key.chars().count() + 2;
                        let at = self.inside(file, text, skip + offset, len);
                        self.appendix_refs
                            .push((key.clone(), (file.to_path_buf(), at)));
                    }
                }
                inlines.into_iter().map(nfc).collect()
            }
            Err(e) => {
                let message = match e.kind {
                    MarkupErrorKind::UnclosedEmphasis(mark) => Message::UnclosedEmphasis { mark },
                    MarkupErrorKind::BadFootnoteRef => Message::BadFootnoteRef,
                    MarkupErrorKind::BadAppendixRef => {
                        Message::Block(crate::messages::BlockMessage::BadAppendixRef)
                    }
                };
                let at = self.inside(file, text, skip + e.offset, 1);
                self.push(message, file, Some(at));
                Vec::new()
            }
        }
    }

    fn push(&mut self, message: Message, file: &Path, at: Option<Range<usize>>) {
        let mut d = Diagnostic::new(message, file);
        d.range = at;
        self.diags.push(d);
    }

    /// The bytes of characters `offset .. offset + len` of a scalar's value.
    fn inside(&self, file: &Path, text: &Text, offset: usize, len: usize) -> Range<usize> {
        match self.sources.get(file) {
            Some(source) => locate(source, text.byte_start(), text.value(), offset, len),
            None => text.byte_start()..text.byte_start() + 1,
        }
    }
}

/// Whether any block of the data is a table.
fn has_table(loaded: &LoadedReport) -> bool {
    use crate::load::files::BlockFile;
    let is_table = |b: &BlockFile| matches!(b, BlockFile::Structured(s, _) if s.table.is_some());
    let f = &loaded.report;
    f.opening
        .iter()
        .chain(f.sections.iter().flat_map(|s| &s.body))
        .any(is_table)
        || loaded.sectors.iter().any(|(_, s)| {
            s.intro
                .iter()
                .chain(s.models.iter().flat_map(|m| &m.body.value))
                .chain(&s.after)
                .any(is_table)
        })
}

/// The agency's name in running text, from its lines in capitals: the first line in
/// sentence case ("Ủy ban nhân dân"), and the later ones with the kind of administrative
/// unit in lower case and the proper name capitalised ("xã Tân Phú Đông"). A name this
/// cannot get right (a department's "Phòng Giáo dục và Đào tạo") is written in
/// `agency.full_name`.
pub fn running_name(lines: &[String]) -> String {
    const UNITS: [&str; 9] = [
        "thành phố",
        "thị trấn",
        "thị xã",
        "đặc khu",
        "phường",
        "tỉnh",
        "huyện",
        "quận",
        "xã",
    ];
    let mut parts = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let lower = line.trim().to_lowercase();
        if i == 0 {
            parts.push(capitalise_first(&lower));
            continue;
        }
        match UNITS.iter().find(|u| lower.starts_with(&format!("{u} "))) {
            Some(unit) => {
                let name = &lower[unit.len() + 1..];
                let name: Vec<String> = name.split(' ').map(capitalise_first).collect();
                parts.push(format!("{unit} {}", name.join(" ")));
            }
            None => parts.push(lower),
        }
    }
    parts.join(" ")
}

fn capitalise_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
