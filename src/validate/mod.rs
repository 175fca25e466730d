//! Stage 2, validate: the parsed files → the checked [`Report`] and diagnostics.
//! Checks what the schema cannot: markup, footnotes across the whole report, the date,
//! number and symbol, signing authority, recipients, numbering styles and includes, the
//! layout options against the decree's ranges, empty sectors and models; then the style
//! observations of [`crate::style`] (warnings). The checks of footnotes are in
//! `footnotes.rs`, those of the document's own fields (number, symbol, date, signer,
//! recipients, numbering, layout) in `fields.rs`.

mod blocks;
mod body_text;
mod fields;
mod figures;
mod footnotes;
mod marks;
mod tables;
mod units;

pub use blocks::appendix_key;
pub use fields::parse_date;

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::files::{ModelFile, SectionFile, SectorFile, list_span};
use crate::load::{LoadedReport, Text};
use crate::markup::{self, Inline, MarkupErrorKind};
use crate::messages::Message;
use crate::model::*;
use crate::numbering::MarkerStyle;
use crate::source::{FileId, SourceMap, Span};

/// Checks a loaded report. Returns the report when there is no error.
pub fn validate(loaded: &LoadedReport) -> (Option<Report>, Diagnostics) {
    let (c, report) = check(loaded, Sectors::Borrowed(&loaded.sectors), false);
    let ok = !c.diags.has_errors();
    (ok.then_some(report), c.diags)
}

/// [`validate`] of a loaded report that is not needed afterwards (the build's): each
/// sector file is let go of as soon as it is checked, so that the files as read and the
/// checked report are not held whole at once (at 10,000 models, 13 MB and 12 MB).
pub fn validate_owned(mut loaded: LoadedReport) -> (Option<Report>, Diagnostics) {
    let sectors = std::mem::take(&mut loaded.sectors);
    let (c, report) = check(&loaded, Sectors::Owned(sectors), false);
    let ok = !c.diags.has_errors();
    (ok.then_some(report), c.diags)
}

/// The sector files a check reads: the loaded report's, or taken from it to be let go
/// of one by one. Every check reads the sectors from here, never from the
/// `LoadedReport` (whose list is empty once they are taken).
enum Sectors<'s> {
    Borrowed(&'s [(FileId, SectorFile)]),
    Owned(Vec<(FileId, SectorFile)>),
}

impl Sectors<'_> {
    fn as_slice(&self) -> &[(FileId, SectorFile)] {
        match self {
            Sectors::Borrowed(list) => list,
            Sectors::Owned(list) => list,
        }
    }
}

/// Every named figure of a report: its value as printed, where it is defined, where the
/// text, the tables and other figures use it (for `report figures`); and the diagnostics.
pub fn figures_of(loaded: &LoadedReport) -> (Vec<FigureEntry>, Diagnostics) {
    let (entries, _, diags) = figures_and_report(loaded);
    (entries, diags)
}

/// [`figures_of`], and the report checked (a unit of a synthesis: its figures, and the
/// text the synthesis gathers).
pub fn figures_and_report(loaded: &LoadedReport) -> (Vec<FigureEntry>, Report, Diagnostics) {
    let (mut c, report) = check(loaded, Sectors::Borrowed(&loaded.sectors), false);
    let mut used: BTreeMap<&str, Vec<Span>> = BTreeMap::new();
    for (name, at) in c.figure_refs.iter().chain(&c.figure_uses) {
        used.entry(name.as_str()).or_default().push(at.clone());
    }
    let entries = c
        .figure_places()
        .into_iter()
        .map(|(name, defined)| {
            let mut used = used.remove(name.as_str()).unwrap_or_default();
            used.sort_by_key(|s| (s.file, s.range.start));
            FigureEntry {
                from: c.contributions.remove(&name).unwrap_or_default(),
                figure: report.figures.get(&name).cloned(),
                name,
                defined,
                used,
            }
        })
        .collect();
    (entries, report, c.diags)
}

/// A named figure with its places.
#[derive(Debug, Clone)]
pub struct FigureEntry {
    pub name: String,
    /// `None` when it could not be computed (the diagnostics say why).
    pub figure: Option<Figure>,
    pub defined: Span,
    pub used: Vec<Span>,
    /// In a synthesis, for a figure gathered across the units: the units' figures.
    pub from: Vec<crate::messages::Contribution>,
}

/// From this many paragraphs on, the checks of the body text run on two threads (a
/// thread costs about as much as checking 1,000 paragraphs; a 1,000-model report has
/// 2,000).
const PARALLEL_PARAGRAPHS: usize = 4_000;

/// The body text is checked in runs of this many paragraphs, taken by whichever thread
/// is free, so that both keep busy to the end.
const PARAGRAPHS_PER_TASK: usize = 1_000;

/// The checks of the body text first (on two threads on a long report: the runs of
/// paragraphs to whichever thread is free, their findings merged in reading order),
/// then the check of the report, which lets go of each sector file it is done with
/// when it has them to itself; the findings of the body text are reported after those
/// of the report, as they were when both ran at once.
fn check<'a>(
    loaded: &'a LoadedReport,
    sectors: Sectors,
    as_earlier: bool,
) -> (Checker<'a>, Report) {
    let all = sectors.as_slice();
    let mut c = new_checker(loaded);
    c.as_earlier = as_earlier;
    // the files of the build (owned) and of an earlier period are not read again
    c.keep_files = matches!(sectors, Sectors::Borrowed(_)) && !as_earlier;
    c.earlier_figures = earlier(loaded);
    let prose = body_text::body_text(loaded, all);
    let sources = &loaded.sources;
    let text = if prose.len() >= PARALLEL_PARAGRAPHS {
        let runs = prose.chunks(PARAGRAPHS_PER_TASK).collect();
        let mut text = TextFindings::default();
        for found in crate::parallel::map(runs, |run| TextFindings::of(run, sources)) {
            text.merge(found);
        }
        text
    } else {
        TextFindings::of(&prose, sources)
    };
    // the list of paragraphs is let go of before the report is checked (the compiler
    // would only end its borrow; at 50,000 models it held 2–4 MB to the end)
    drop(prose);
    let ids: Vec<FileId> = all.iter().map(|(id, _)| *id).collect();
    let report = check_report(&mut c, loaded, sectors);
    text.style.report(sources, &mut c.diags);
    text.numbers.report(&mut c.diags);
    c.unchanged_sectors(loaded, &ids);
    (c, report)
}

/// The report checked, its figures computed and its tables resolved (each once, the
/// figures first, so that a table cell that names a figure and a figure that names a
/// table's quantity each see the other's one value), and the checks across it.
fn check_report(c: &mut Checker, loaded: &LoadedReport, sectors: Sectors) -> Report {
    let mut report = c.report(loaded, sectors);
    report.figures = c.compute_figures();
    if let Some(spec) = &loaded.report.synthesis {
        c.check_units(spec.deadline.as_ref().map(|d| (loaded.report_file, d)));
    }
    report.tables = c.finish_tables();
    if loaded.complete {
        c.check_footnotes();
        c.check_appendix_refs(&report.appendices);
        c.check_figure_refs(report.period);
    }
    report
}

/// What the style observations and the checks of the prose's numbers found in some
/// paragraphs (each paragraph's characters read once for both).
#[derive(Default)]
struct TextFindings {
    style: crate::style::Findings,
    numbers: crate::prose::Findings,
}

impl TextFindings {
    fn of(paragraphs: &[(FileId, &Text)], sources: &SourceMap) -> Self {
        let mut found = TextFindings::default();
        let mut chars = Vec::new();
        for &(file, text) in paragraphs {
            let value = text.value();
            let (style, numbers) = (
                crate::style::Looks::at(value),
                crate::prose::needs_chars(value),
            );
            if !style.any() && !numbers {
                continue;
            }
            chars.clear();
            chars.extend(value.chars());
            if style.any() {
                found.style.scan(file, text, &chars, style);
            }
            if numbers {
                found.numbers.scan(file, text, &chars, sources);
            }
        }
        found
    }

    fn merge(&mut self, later: TextFindings) {
        self.style.merge(later.style);
        self.numbers.merge(later.numbers);
    }
}

/// The figures of the earlier periods report.yaml names (`previous`, `previous_year`),
/// each with its folder's name; a folder counts only when it passes `check` (its own
/// comparisons with periods before it aside), else its first error is kept to be said
/// where a figure uses it.
fn earlier(loaded: &LoadedReport) -> figures::EarlierFigures {
    let mut out = figures::EarlierFigures::new();
    let periods = [
        ("previous", &loaded.earlier.previous),
        ("previous_year", &loaded.earlier.previous_year),
    ];
    for (period, earlier) in periods {
        let Some(earlier) = earlier else { continue };
        let (c, report) = check(earlier, Sectors::Borrowed(&earlier.sectors), true);
        let problem = earlier.load_error.clone().or_else(|| c.diags.first_error());
        let figures = match problem {
            None => Ok(report.figures),
            Some(problem) => Err(problem),
        };
        let folder = earlier.dir.display().to_string();
        out.insert(period, figures::Earlier { folder, figures });
    }
    out
}

fn new_checker(loaded: &LoadedReport) -> Checker<'_> {
    Checker {
        sources: &loaded.sources,
        read_rows: &loaded.read_rows,
        units: &loaded.units,
        found: &loaded.found,
        synthesis: loaded.report.synthesis.is_some(),
        contributions: BTreeMap::new(),
        diags: Diagnostics::with_sources(loaded.sources.clone()),
        refs: BTreeMap::new(),
        defs: BTreeMap::new(),
        footnotes: BTreeMap::new(),
        appendix_refs: Vec::new(),
        appendix_files: loaded.appendices.iter().map(|(id, _)| *id).collect(),
        figure_refs: Vec::new(),
        figure_uses: Vec::new(),
        defined: BTreeMap::new(),
        defined_order: Vec::new(),
        states: BTreeMap::new(),
        tables: Vec::new(),
        sector_tables: 0,
        keep_files: true,
        earlier_figures: BTreeMap::new(),
        as_earlier: false,
    }
}

struct Checker<'a> {
    sources: &'a SourceMap,
    /// The rows read from the tables' files, each taken by its table's check.
    read_rows: &'a crate::load::ReadRows,
    /// For a synthesis: its units, and what was found of each (in the same order).
    units: &'a [crate::load::units::UnitRow],
    found: &'a [crate::load::units::Found],
    /// Whether the report is a synthesis (`synthesis:`).
    synthesis: bool,
    /// For each figure of a synthesis gathered across the units, the units' figures it
    /// took (for `report figures`).
    contributions: BTreeMap<String, Vec<crate::messages::Contribution>>,
    diags: Diagnostics,
    /// Where each footnote key is referenced, in reading order of the files.
    refs: BTreeMap<String, Vec<Span>>,
    /// Where each footnote key is defined (first definition).
    defs: BTreeMap<String, Span>,
    footnotes: BTreeMap<String, Vec<Inline>>,
    /// Every appendix reference, in reading order.
    appendix_refs: Vec<(String, Span)>,
    /// The appendix files, in order.
    appendix_files: Vec<FileId>,
    /// Every figure reference of the text and the tables, in reading order.
    figure_refs: Vec<(String, Span)>,
    /// Every figure named by a computation.
    figure_uses: Vec<(String, Span)>,
    /// Every figure's definition, by name, and the names in the order defined.
    defined: BTreeMap<String, std::rc::Rc<figures::Defined>>,
    defined_order: Vec<String>,
    /// Each figure's computation, once begun.
    states: BTreeMap<String, figures::State>,
    /// Every table met, in reading order, until it is resolved.
    tables: Vec<tables::Draft>,
    /// How many of them the sectors have (met before the appendices).
    sector_tables: usize,
    /// Whether the files as read are to be read again after this check (by a test, or
    /// by `report figures`): the rows attached to a table are put back once read.
    keep_files: bool,
    /// The figures of the earlier periods, for `change`.
    earlier_figures: figures::EarlierFigures,
    /// Whether this is the check of an earlier period's folder, whose own comparisons
    /// with the periods before it are not made.
    as_earlier: bool,
}

impl<'a> Checker<'a> {
    fn report(&mut self, loaded: &LoadedReport, sectors: Sectors) -> Report {
        let f = &loaded.report;
        let file = loaded.report_file;
        let numbering = Numbering {
            sections: self.style(file, f.numbering.sections.as_ref(), MarkerStyle::ArabicDot),
            sectors: self.style(file, f.numbering.sectors.as_ref(), MarkerStyle::Bullet('*')),
            models: self.style(file, f.numbering.models.as_ref(), MarkerStyle::ArabicParen),
            items: self.style(file, f.numbering.items.as_ref(), MarkerStyle::LetterParen),
        };
        self.definitions(file, &f.footnotes);
        self.gather_figures(file, &f.figures);
        let sectors = match sectors {
            Sectors::Borrowed(list) => list.iter().map(|(id, s)| self.sector(*id, s)).collect(),
            // each file let go of once checked
            Sectors::Owned(list) => list
                .into_iter()
                .map(|(id, s)| self.sector(id, &s))
                .collect(),
        };
        if let Some(note) = &f.known_warnings {
            let note = self.required(file, note);
            self.diags.set_known_warnings(note);
        }
        self.number(file, f.number.as_ref());
        self.symbol(file, &f.symbol, &f.doc_type);
        self.authority(file, &f.signer.authority);
        self.recipients(file, &f.recipients, !f.addressees.is_empty());
        self.sector_tables = self.tables.len();
        let appendices = self.appendices(loaded);
        let mut page = self.page(file, &f.layout);
        let tables_before = self.tables.len();
        if let Some(o) = &f.layout.orientation {
            page.landscape = self.orientation(file, o);
        }
        let marks = self.marks(file, &f.marks, f.number.as_ref());
        let name: Vec<String> = f
            .agency
            .name
            .iter()
            .map(|t| self.required(file, t))
            .collect();
        let report = Report {
            agency: Agency {
                parent: f
                    .agency
                    .parent
                    .iter()
                    .flat_map(|p| &p.0)
                    .map(|t| self.required(file, t))
                    .collect(),
                full_name: f
                    .agency
                    .full_name
                    .as_ref()
                    .map(|t| self.required(file, t))
                    .unwrap_or_else(|| running_name(&name)),
                name,
            },
            number: f.number.as_ref().map(plain).unwrap_or_default(),
            symbol: plain(&f.symbol),
            place: self.required(file, &f.place),
            date: self.date(file, &f.date),
            doc_type: self.required(file, &f.doc_type),
            summary: self.required(file, &f.summary),
            period: f.period.as_ref().and_then(|t| self.period(file, t)),
            addressees: f
                .addressees
                .iter()
                .map(|t| self.required(file, t))
                .collect(),
            opening: self.blocks(file, &f.opening),
            numbering,
            sections: f.sections.iter().map(|s| self.section(file, s)).collect(),
            sectors,
            difficulties: f
                .difficulties
                .iter()
                .map(|t| self.inlines(file, t))
                .collect(),
            proposals: f.proposals.iter().map(|t| self.inlines(file, t)).collect(),
            appendices,
            figures: BTreeMap::new(),
            tables: Vec::new(),
            closing: self.inlines(file, &f.closing),
            footnotes: std::mem::take(&mut self.footnotes),
            recipients: f
                .recipients
                .value
                .iter()
                .map(|t| self.required(file, t))
                .collect(),
            signer: Signer {
                authority: f
                    .signer
                    .authority
                    .iter()
                    .map(|t| self.required(file, t))
                    .collect(),
                title: self.required(file, &f.signer.title),
                name: self.required(file, &f.signer.name),
            },
            page,
            marks,
        };
        // a landscape body is for a report whose body has a table (in a sector, met
        // before the appendices, or in report.yaml's own blocks, met last) and no appendix
        let body_tables = self.tables.len() - tables_before + self.sector_tables;
        if let Some(o) = &f.layout.orientation
            && report.page.landscape
            && (!report.appendices.is_empty() || body_tables == 0)
        {
            let message = Message::Block(crate::messages::BlockMessage::LandscapeBody);
            self.push(message, o.span(file));
        }
        report
    }

    fn section(&mut self, file: FileId, s: &SectionFile) -> Section {
        let include = s.include.as_ref().and_then(|inc| {
            let found = Include::parse(inc.value().trim());
            if found.is_none() {
                let message = Message::BadInclude {
                    value: inc.value().into(),
                    allowed: Include::NAMES.join(", "),
                };
                self.push(message, inc.span(file));
            }
            found
        });
        Section {
            title: self.inlines(file, &s.title),
            body: self.blocks(file, &s.body),
            include,
        }
    }

    fn sector(&mut self, file: FileId, s: &SectorFile) -> Sector {
        self.definitions(file, &s.footnotes);
        self.gather_figures(file, &s.figures);
        if s.intro.is_empty()
            && s.models.is_empty()
            && s.after.is_empty()
            && s.difficulties.is_empty()
            && s.proposals.is_empty()
        {
            self.push(Message::EmptySector, s.title.span(file));
        }
        Sector {
            title: self.inlines(file, &s.title),
            lead: s
                .lead
                .as_ref()
                .map(|l| self.inlines(file, l))
                .unwrap_or_default(),
            intro: self.blocks(file, &s.intro),
            models: s.models.iter().map(|m| self.model(file, m)).collect(),
            after: self.blocks(file, &s.after),
            difficulties: s
                .difficulties
                .iter()
                .map(|t| self.inlines(file, t))
                .collect(),
            proposals: s.proposals.iter().map(|t| self.inlines(file, t)).collect(),
        }
    }

    fn model(&mut self, file: FileId, m: &ModelFile) -> Model {
        self.definitions(file, &m.footnotes);
        if m.body.value.is_empty() {
            self.push(Message::EmptyModel, list_span(&m.body, file));
        }
        Model {
            title: m.title.as_ref().map(|t| self.inlines(file, t)),
            body: self.blocks(file, &m.body.value),
        }
    }

    /// A paragraph; a leading `- ` or `+ ` makes it an item.
    fn paragraph(&mut self, file: FileId, text: &Text) -> Paragraph {
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

    fn inlines(&mut self, file: FileId, text: &Text) -> Vec<Inline> {
        self.inlines_from(file, text, 0)
    }

    /// Parses the markup of `text` from character `skip` on, recording footnote references.
    fn inlines_from(&mut self, file: FileId, text: &Text, skip: usize) -> Vec<Inline> {
        // `skip` counts the characters of an ASCII item sign ("- ")
        let raw = text.value().get(skip..).unwrap_or_default();
        let blank = crate::load::text::is_blank(raw);
        if blank {
            self.push(Message::BlankText, text.span(file));
        }
        let mut places = None;
        match markup::parse(raw) {
            Ok(inlines) => {
                for inline in &inlines {
                    if let Inline::FootnoteRef { key, offset } = inline {
                        let len = key.chars().count() + 3;
                        let at = places.get_or_insert_with(|| self.places(file, text));
                        self.refs
                            .entry(key.clone())
                            .or_default()
                            .push(at.span(skip + offset, len));
                    }
                    if let Inline::FigureRef { name, offset } = inline {
                        let len = name.chars().count() + 3;
                        let at = places.get_or_insert_with(|| self.places(file, text));
                        self.figure_refs
                            .push((name.clone(), at.span(skip + offset, len)));
                    }
                    if let Inline::AppendixRef { key, offset } = inline {
                        let len =
                            markup::APPENDIX_REF_OPEN.chars().count() + key.chars().count() + 2;
                        let at = places.get_or_insert_with(|| self.places(file, text));
                        self.appendix_refs
                            .push((key.clone(), at.span(skip + offset, len)));
                    }
                }
                // markup and nothing to print (`****`, `_ _`) is blank too
                if !blank && !inlines.iter().any(shows_something) {
                    self.push(Message::BlankText, text.span(file));
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
                    MarkupErrorKind::BadFigureRef => {
                        Message::Figure(crate::messages::FigureMessage::BadFigureRef)
                    }
                };
                let at = self.places(file, text).span(skip + e.offset, 1);
                self.push(message, at);
                Vec::new()
            }
        }
    }

    /// A text the report cannot go without (the summary, a recipient, the signer's
    /// name): blank, it is `E-blank` at its place (it would print as `****` or `- ;`).
    fn required(&mut self, file: FileId, text: &Text) -> String {
        if crate::load::text::is_blank(text.value()) {
            self.push(Message::BlankText, text.span(file));
        }
        plain(text)
    }

    fn push(&mut self, message: Message, at: Span) {
        self.diags.push(Diagnostic::spanned(message, at));
    }

    /// The places of the characters of a scalar's value.
    fn places(&self, file: FileId, text: &Text) -> crate::source::ScalarPlaces {
        self.sources.scalar(file, text.range().start, text.value())
    }
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

/// Whether an inline piece prints something: a reference, or text that is not blank.
fn shows_something(inline: &Inline) -> bool {
    match inline {
        Inline::Text { text, .. } => !crate::load::text::is_blank(text),
        _ => true,
    }
}

/// `s` in NFC, without a copy when it is already.
fn to_nfc_owned(s: String) -> String {
    if crate::load::text::is_nfc_quick_yes(&s) {
        s
    } else {
        s.nfc().collect()
    }
}

/// `s` in NFC; the quick check spares the normalisation of text already in NFC.
fn to_nfc(s: &str) -> String {
    if crate::load::text::is_nfc_quick_yes(s) {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

fn nfc(inline: Inline) -> Inline {
    match inline {
        Inline::Text { text, style } if !crate::load::text::is_nfc_quick_yes(&text) => {
            Inline::Text {
                text: text.nfc().collect(),
                style,
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report of `report_yaml` and one sector file, `thu/sectors/01.yaml`, loaded.
    fn made_up(report_yaml: &[u8], sector: &str) -> LoadedReport {
        let (loaded, diags) = crate::load::load_from_memory(
            std::path::Path::new("thu"),
            report_yaml,
            &[("01.yaml", sector.as_bytes())],
        );
        loaded.unwrap_or_else(|| panic!("{:?}", diags.iter().collect::<Vec<_>>()))
    }

    /// The build's validation, which lets go of each sector file once checked, gives the
    /// report and the diagnostics (every one, in the same order) of the validation that
    /// only borrows the files: on the shipped report, the examples and every folder of
    /// the corpus of mistakes (tests/corpus, one or more diagnostics each).
    #[test]
    fn letting_the_sectors_go_changes_nothing_found() {
        use crate::diagnostic::render::{Format, render};
        let mut dirs = vec![std::path::PathBuf::from("data/2021-04")];
        for root in ["examples", "tests/corpus"] {
            let mut found: Vec<_> = std::fs::read_dir(root)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.join(crate::load::REPORT_FILE).is_file())
                .collect();
            found.sort();
            dirs.extend(found);
        }
        let mut with_diagnostics = 0;
        for dir in &dirs {
            let (Some(a), _) = crate::load::load(dir) else {
                continue;
            };
            let (Some(b), _) = crate::load::load(dir) else {
                unreachable!("loaded once")
            };
            let (report_a, diags_a) = validate(&a);
            let (report_b, diags_b) = validate_owned(b);
            assert_eq!(
                format!("{report_a:?}"),
                format!("{report_b:?}"),
                "{}",
                dir.display()
            );
            let text = |d: &Diagnostics| render(d, Format::Json, crate::messages::Lang::En);
            assert_eq!(text(&diags_a), text(&diags_b), "{}", dir.display());
            with_diagnostics += usize::from(!diags_a.is_empty());
        }
        assert!(
            dirs.len() > 80 && with_diagnostics > 50,
            "{with_diagnostics}"
        );
    }

    /// The body text read in runs, whatever their length, and the findings merged in
    /// order: the same diagnostics as read at once (the first of each form, the counts,
    /// each paragraph's own warnings in order).
    #[test]
    fn findings_of_runs_merged_in_order_are_those_of_the_whole() {
        let (seed, _) = crate::load::load(std::path::Path::new("data/2021-04"));
        let seed = seed.expect("the shipped report loads");
        // the seed's report.yaml, and a sector whose paragraphs disagree with each
        // other and with themselves: ratios, parts, separators, padding, ellipses
        let report_yaml = std::fs::read("data/2021-04/report.yaml").unwrap();
        let mut sector = String::from("title: \"Trong lĩnh vực thử:\"\nmodels:\n  - body:\n");
        for i in 0..12 {
            let line = match i % 4 {
                0 => format!("Đạt {i}/28 nhiệm vụ, đạt 80%, được 06/07 ấp..."),
                1 => format!("Có 2{i} người (10 cán bộ, 2{i} công chức) ở 07/9 xã…"),
                2 => format!("Thu 1,23{i} triệu và 1.23{i} triệu đồng; Tỉnh và tỉnh."),
                _ => format!("Thành phố đã làm {i} việc, thành phố giao {i} việc...."),
            };
            sector.push_str(&format!("      - \"{line}\"\n"));
        }
        let made = made_up(&report_yaml, &sector);
        // thousands written the English way only: nothing mixed
        let english = "title: \"Trong lĩnh vực thử:\"\nintro:\n  - \"Thu 1,234 triệu....\"\n";
        let english = made_up(&report_yaml, english);
        let separators = |loaded: &LoadedReport| {
            let mut diags = Diagnostics::default();
            let found = TextFindings::of(
                &body_text::body_text(loaded, &loaded.sectors),
                &loaded.sources,
            );
            found.numbers.report(&mut diags);
            diags
                .iter()
                .filter_map(|d| match &d.message {
                    Message::Figure(crate::messages::FigureMessage::MixedSeparators {
                        english,
                    }) => Some(english.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(separators(&made), ["1,232"], "the first English one");
        assert!(separators(&english).is_empty());
        // and one kind of ellipsis (report.yaml's "...."): nothing mixed either
        let mut diags = Diagnostics::default();
        TextFindings::of(
            &body_text::body_text(&english, &english.sectors),
            &english.sources,
        )
        .style
        .report(&english.sources, &mut diags);
        let codes: Vec<&str> = diags.iter().map(|d| d.message.code()).collect();
        assert!(!codes.contains(&"W-ellipsis"), "{codes:?}");
        for (loaded, expected) in [(&seed, 4), (&made, 11)] {
            let prose = body_text::body_text(loaded, &loaded.sectors);
            let report = |found: TextFindings| {
                let mut diags = Diagnostics::default();
                found.style.report(&loaded.sources, &mut diags);
                found.numbers.report(&mut diags);
                diags.iter().cloned().collect::<Vec<_>>()
            };
            let whole = report(TextFindings::of(&prose, &loaded.sources));
            assert_eq!(whole.len(), expected, "{whole:#?}");
            if std::ptr::eq(loaded, &seed) {
                // the counts and the forms, as a clerk reads them
                let messages: Vec<&Message> = whole.iter().map(|d| &d.message).collect();
                let padding = Message::MixedPadding {
                    padded: "06/07".into(),
                    unpadded: "07/9".into(),
                };
                let city = Message::MixedCapitalisation {
                    word: "Thành phố".into(),
                    upper: 13,
                    lower: 8,
                };
                let ellipses = Message::MixedEllipses {
                    forms: "\"...\" (3), \"....\" (3), \"…\" (3)".into(),
                };
                for m in [&padding, &city, &ellipses] {
                    assert!(messages.contains(&m), "{m:?} in {messages:#?}");
                }
                // each at the first place of the less common form (as `report check`
                // prints them: file:line:column)
                let mut diags = Diagnostics::with_sources(loaded.sources.clone());
                let found = TextFindings::of(&prose, &loaded.sources);
                found.style.report(&loaded.sources, &mut diags);
                let places: Vec<String> = diags
                    .iter()
                    .map(|d| {
                        let at = diags.position(d).expect("a place");
                        let path = d.path(diags.sources());
                        let file = path.file_name().unwrap_or_default().to_string_lossy();
                        format!("{file}:{}:{}", at.line, at.column)
                    })
                    .collect();
                assert_eq!(
                    places,
                    [
                        "02-van-hoa-xa-hoi-moi-truong.yaml:21:65",
                        "04-an-ninh-trat-tu.yaml:13:59",
                        "04-an-ninh-trat-tu.yaml:20:18",
                        "01-kinh-te.yaml:20:89",
                    ]
                );
            }
            for run in [1, 2, 3, 7, 40] {
                let mut merged = TextFindings::default();
                for paragraphs in prose.chunks(run) {
                    merged.merge(TextFindings::of(paragraphs, &loaded.sources));
                }
                assert_eq!(report(merged), whole, "runs of {run}");
            }
        }
    }

    /// Each warning points at the first place of the less common form; on a tie, at the
    /// lower-case word and at the unpadded count.
    #[test]
    fn a_style_warning_points_at_the_less_common_form_and_at_a_tie_the_plainer() {
        // a report.yaml with no unit word and no count of its own
        let report_yaml = "agency:\n  name: [ỦY BAN NHÂN DÂN, XÃ THỬ]\nnumber: \"07\"\n\
            symbol: BC-UBND\nplace: Thử\ndate: 2024-03-05\ndoc_type: BÁO CÁO\n\
            summary: Tình hình thử nghiệm\nsections:\n  - title: Kết quả\n    include: sectors\n\
            closing: Trên đây là báo cáo.\nrecipients: [Như trên, \"Lưu: VT\"]\n\
            signer:\n  authority: [TM. ỦY BAN NHÂN DÂN]\n  title: CHỦ TỊCH\n  name: Nguyễn Văn A\n";
        // (paragraphs, the line each warning points at: padding, "Thành phố")
        let cases: [(&[&str], [usize; 2]); 2] = [
            // one capitalised against two in lower case: the capitalised one
            (
                &[
                    "Ở Thành phố có 06/07 ấp.",
                    "Ở thành phố có 07/9 ấp.",
                    "Ở thành phố có nhiều ấp.",
                ],
                [4, 3],
            ),
            // one of each: the lower-case word, the unpadded count
            (
                &["Ở Thành phố có 06/07 ấp.", "Ở thành phố có 07/9 ấp."],
                [4, 4],
            ),
        ];
        for (paragraphs, lines) in cases {
            let mut sector = String::from("title: \"Trong lĩnh vực thử:\"\nintro:\n");
            for p in paragraphs {
                sector.push_str(&format!("  - \"{p}\"\n"));
            }
            let loaded = made_up(report_yaml.as_bytes(), &sector);
            let mut diags = Diagnostics::with_sources(loaded.sources.clone());
            TextFindings::of(
                &body_text::body_text(&loaded, &loaded.sectors),
                &loaded.sources,
            )
            .style
            .report(&loaded.sources, &mut diags);
            let line = |code: &str| {
                let d = diags.iter().find(|d| {
                    d.message.code() == code
                        && !matches!(&d.message, Message::MixedCapitalisation { word, .. } if word != "Thành phố")
                });
                let d = d.unwrap_or_else(|| panic!("{code} in {paragraphs:?}"));
                assert!(
                    d.path(diags.sources()).ends_with("sectors/01.yaml"),
                    "{d:?}"
                );
                diags.position(d).map(|p| p.line)
            };
            assert_eq!(
                [line("W-zero-padding"), line("W-capitalisation")],
                lines.map(Some),
                "{paragraphs:?}"
            );
        }
    }

    /// The body text is the text the check of the report reads as body text: a numbered
    /// list's items and a table's title, but not the title of a table with no columns
    /// (an error; its other parts are not read either).
    #[test]
    fn the_body_text_is_what_the_check_reads() {
        let report_yaml = std::fs::read("data/2021-04/report.yaml").unwrap();
        let sector = "title: \"Trong lĩnh vực thử:\"\nintro:\n  - numbered: [\"Việc một.\"]\n\
            \x20 - table:\n      title: Bảng có cột\n      columns: [{width: 1}]\n      rows: [[Một]]\n\
            \x20 - table:\n      title: Bảng không cột\n      columns: []\n      rows: [[Một]]\n";
        let loaded = made_up(&report_yaml, sector);
        let texts: Vec<&str> = body_text::body_text(&loaded, &loaded.sectors)
            .iter()
            .filter(|(file, _)| *file != loaded.report_file)
            .map(|(_, t)| t.value())
            .collect();
        assert_eq!(texts, ["Việc một.", "Bảng có cột"]);
        let (report, diags) = validate(&loaded);
        assert!(report.is_none(), "a table with no columns is an error");
        let codes: Vec<&str> = diags.iter().map(|d| d.message.code()).collect();
        assert!(codes.contains(&"E-table-columns"), "{codes:?}");
    }
}
