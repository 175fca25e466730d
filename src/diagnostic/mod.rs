//! Diagnostics as data: every problem found becomes a [`Diagnostic`] (a catalogue
//! [`Message`] and its [`Place`]: a [`Span`] of a text the run read, or a file or a
//! workbook cell that has no text), collected in [`Diagnostics`] together with the text
//! of every source read. A span is resolved to a file, a line and a column only where
//! the diagnostic is printed, once (see `render` below), as Typst keeps its spans.

pub mod render;

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::messages::Message;

/// How bad a problem is: the catalogue's ([`crate::messages::Severity`]).
pub use crate::messages::Severity;

use crate::messages::Note;
pub use crate::source::Position;
use crate::source::{FileId, Source, SourceMap, Span};

/// A secondary place of a diagnostic, with what it is (the first definition of a
/// footnote defined twice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub note: Note,
}

/// Where a problem is, as found: a span of a text the run read, resolved to a file, a
/// line and a column only where the diagnostic is printed; or a place that has no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A file or a folder as a whole (unreadable, not text, missing).
    Path(PathBuf),
    /// Bytes of a text of the run's source map.
    Span(Span),
    /// A cell of a workbook, e.g. `Sheet1!B12` (a workbook is not held as text).
    Cell(PathBuf, Box<str>),
    /// A line and column of a file whose text this run does not hold, resolved where it
    /// was read (a unit's file, in a synthesis).
    Resolved(PathBuf, Position),
}

/// One problem: what, where (its place: the primary label), other places that explain
/// it (secondary labels), and the words of the library that found it, if any (shown
/// after the catalogue's own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: Message,
    pub severity: Severity,
    pub place: Place,
    pub labels: Vec<Label>,
    pub detail: Option<String>,
}

impl Diagnostic {
    /// A problem with a file or a folder as a whole.
    pub fn new(message: Message, path: &Path) -> Self {
        Diagnostic::at(message, Place::Path(path.to_path_buf()))
    }

    /// A problem at `span` of a text the run read.
    pub fn spanned(message: Message, span: Span) -> Self {
        Diagnostic::at(message, Place::Span(span))
    }

    /// A problem at a cell of a workbook, e.g. `Sheet1!B12`.
    pub fn at_cell(message: Message, path: &Path, cell: String) -> Self {
        Diagnostic::at(message, Place::Cell(path.to_path_buf(), cell.into()))
    }

    /// A problem at `position` of the file at `path`, whose text the run does not hold.
    pub fn resolved(message: Message, path: &Path, position: Position) -> Self {
        Diagnostic::at(message, Place::Resolved(path.to_path_buf(), position))
    }

    fn at(message: Message, place: Place) -> Self {
        Diagnostic {
            severity: message.severity(),
            message,
            place,
            labels: Vec::new(),
            detail: None,
        }
    }

    /// Another place that explains the problem.
    pub fn with_label(mut self, span: Span, note: Note) -> Self {
        self.labels.push(Label { span, note });
        self
    }

    /// The words of the library that found the problem.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// The span of its place, if it has one.
    pub fn span(&self) -> Option<&Span> {
        match &self.place {
            Place::Span(span) => Some(span),
            _ => None,
        }
    }

    /// Its file's path, resolved in `sources`.
    pub fn path<'a>(&'a self, sources: &'a SourceMap) -> &'a Path {
        match &self.place {
            Place::Path(path) | Place::Cell(path, _) | Place::Resolved(path, _) => path,
            Place::Span(span) => sources.path(span.file),
        }
    }

    /// The same problem with its spans' files renumbered (`ids[old]` is the new id).
    fn renumbered(mut self, ids: &[FileId]) -> Self {
        if let Place::Span(span) = &mut self.place {
            span.file = ids[span.file.index()];
        }
        for label in &mut self.labels {
            label.span.file = ids[label.span.file.index()];
        }
        self
    }
}

/// The diagnostics of one run, in the order found, and the sources they point into.
#[derive(Debug, Default)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    sources: SourceMap,
    /// Diagnostics not kept, by file and code (past a check's own limit), counted so
    /// that the report can say how many more there are.
    omitted: std::collections::BTreeMap<(PathBuf, &'static str), usize>,
    /// What the data says of its warnings (report.yaml's `known_warnings`).
    known_warnings: Option<Box<str>>,
}

impl Diagnostics {
    /// An empty list over the sources of `sources`.
    pub fn with_sources(sources: SourceMap) -> Self {
        Diagnostics {
            list: Vec::new(),
            sources,
            omitted: Default::default(),
            known_warnings: None,
        }
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }

    /// Counts `n` more diagnostics like `message` in `file` that are not kept.
    pub fn omit(&mut self, message: &Message, file: &Path, n: usize) {
        if n > 0 {
            *self
                .omitted
                .entry((file.to_path_buf(), message.code()))
                .or_default() += n;
        }
    }

    /// The diagnostics not kept, by file and code.
    pub fn omitted(&self) -> impl Iterator<Item = (&Path, &'static str, usize)> {
        self.omitted
            .iter()
            .map(|((file, code), n)| (file.as_path(), *code, *n))
    }

    /// Records the text of a file, for positions and snippets; its id.
    pub fn add_source(&mut self, path: &Path, text: String) -> crate::source::FileId {
        self.sources.add(path, text)
    }

    /// Lets go of the text of `file`, to be read again from the file where it is needed
    /// (`SourceMap::let_go`).
    pub fn let_go_of_source(&mut self, file: crate::source::FileId) {
        self.sources.let_go(file);
    }

    /// Forgets the text of the files no diagnostic points into (a clean report of
    /// 10 MB of YAML holds 10 MB less from here on).
    pub fn release_unused_sources(&mut self) {
        let used: std::collections::BTreeSet<FileId> = self
            .list
            .iter()
            .flat_map(|d| d.span().into_iter().chain(d.labels.iter().map(|l| &l.span)))
            .map(|span| span.file)
            .collect();
        self.sources.keep_only(&used);
    }

    /// Records what the data says of its warnings, said with their count.
    pub fn set_known_warnings(&mut self, note: String) {
        self.known_warnings = Some(note.into());
    }

    pub fn known_warnings(&self) -> Option<&str> {
        self.known_warnings.as_deref()
    }

    pub fn sources(&self) -> &SourceMap {
        &self.sources
    }

    pub fn has_errors(&self) -> bool {
        self.count(crate::diagnostic::Severity::Error) > 0
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.list
            .iter()
            .filter(|d| d.severity() == severity)
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    /// Moves the diagnostics and sources of `other` into this list (their spans
    /// renumbered to this list's files).
    pub fn extend(&mut self, other: Diagnostics) {
        let ids = self.sources.merge(&other.sources);
        let same = ids.iter().enumerate().all(|(i, id)| id.index() == i);
        if same {
            self.list.extend(other.list);
        } else {
            self.list
                .extend(other.list.into_iter().map(|d| d.renumbered(&ids)));
        }
        for (key, n) in other.omitted {
            *self.omitted.entry(key).or_default() += n;
        }
        if other.known_warnings.is_some() {
            self.known_warnings = other.known_warnings;
        }
    }

    /// Whether a diagnostic from the `from`-th on is an error (what a check added since).
    pub fn has_errors_from(&self, from: usize) -> bool {
        self.list
            .get(from..)
            .is_some_and(|new| new.iter().any(|d| d.severity() == Severity::Error))
    }

    /// The first error as `file:line:column code`, to name where another folder fails.
    pub fn first_error(&self) -> Option<String> {
        let d = self.list.iter().find(|d| d.severity() == Severity::Error)?;
        let at = self
            .position(d)
            .map(|p| format!(":{}:{}", p.line, p.column))
            .unwrap_or_default();
        let path = d.path(&self.sources).display();
        Some(format!("{path}{at} {}", d.message.code()))
    }

    /// The line and character column of a diagnostic's start, if it has a span whose
    /// text can still be read.
    pub fn position(&self, d: &Diagnostic) -> Option<Position> {
        if let Place::Resolved(_, position) = &d.place {
            return Some(*position);
        }
        self.span_source(d.span()?)
            .map(|(source, range)| source.position(range.start))
    }

    /// The text a span points into, with the span's range; `None` when the text was let
    /// go of and the file has changed since.
    pub fn span_source<'a>(&'a self, span: &'a Span) -> Option<(&'a Source, &'a Range<usize>)> {
        let source = self.sources.get(span.file);
        source.is_readable().then_some((source, &span.range))
    }
}
