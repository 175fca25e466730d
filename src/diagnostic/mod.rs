//! Diagnostics as data: every problem found becomes a [`Diagnostic`] (a catalogue
//! [`Message`], a file, a byte range in it), collected in [`Diagnostics`] together with the
//! text of every source read, and rendered once, at the edge (see `render` below).

pub mod render;

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::messages::Message;

/// How bad a problem is: the catalogue's ([`crate::messages::Severity`]).
pub use crate::messages::Severity;

use crate::messages::Note;
pub use crate::source::Position;
use crate::source::{SourceMap, Span};

/// A secondary place of a diagnostic, with what it is (the first definition of a
/// footnote defined twice).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub file: PathBuf,
    pub range: Range<usize>,
    pub note: Note,
}

/// One problem: what, in which file, where in it (a byte range of the file's text: the
/// primary label), other places that explain it (secondary labels), and the words of
/// the library that found it, if any (shown after the catalogue's own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: Message,
    pub severity: Severity,
    pub file: PathBuf,
    pub range: Option<Range<usize>>,
    /// A spreadsheet cell (`Sheet1!B12`), for a problem in an XLSX file: a place that is
    /// not a byte range of a text.
    pub cell: Option<String>,
    pub labels: Vec<Label>,
    pub detail: Option<String>,
}

impl Diagnostic {
    pub fn new(message: Message, file: &Path) -> Self {
        Diagnostic {
            severity: message.severity(),
            message,
            file: file.to_path_buf(),
            range: None,
            cell: None,
            labels: Vec::new(),
            detail: None,
        }
    }

    /// The problem is at a spreadsheet cell, e.g. `Sheet1!B12`.
    pub fn at_cell(mut self, cell: String) -> Self {
        self.cell = Some(cell);
        self
    }

    /// A problem at `span` of a file of `sources`.
    pub fn spanned(message: Message, sources: &SourceMap, span: Span) -> Self {
        Diagnostic::new(message, sources.path(span.file)).at(span.range)
    }

    /// The problem is at bytes `range` of the file.
    pub fn at(mut self, range: Range<usize>) -> Self {
        self.range = Some(range);
        self
    }

    /// Another place that explains the problem.
    pub fn with_label(mut self, sources: &SourceMap, span: Span, note: Note) -> Self {
        self.labels.push(Label {
            file: sources.path(span.file).to_path_buf(),
            range: span.range,
            note,
        });
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
        let used: std::collections::BTreeSet<&Path> = self
            .list
            .iter()
            .flat_map(|d| {
                std::iter::once(d.file.as_path()).chain(d.labels.iter().map(|l| l.file.as_path()))
            })
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

    pub fn source(&self, path: &Path) -> Option<&str> {
        self.sources.by_path(path).map(|s| s.text())
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

    /// Moves the diagnostics and sources of `other` into this list.
    pub fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
        self.sources.merge(&other.sources);
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
        Some(format!("{}{at} {}", d.file.display(), d.message.code()))
    }

    /// The line and character column of a diagnostic's start, if it has a place.
    pub fn position(&self, d: &Diagnostic) -> Option<Position> {
        let range = d.range.as_ref()?;
        Some(self.sources.by_path(&d.file)?.position(range.start))
    }
}
