//! The source map, in the manner of Typst's: every data file's text, held once, each
//! with an id; a [`Span`] (a file and a byte range); and the one conversion from a byte
//! offset to a line and a character column. Nothing else in the crate counts lines.
//!
//! Places come from the YAML reader as its `Location`s; [`range_of`] turns one into a
//! byte range, and [`SourceMap::offset_at`] turns the line and character column the
//! reader gives for a syntax error into a byte offset (the reader knows no byte offset
//! there: its character count used as one was what put errors lines too early). A
//! character inside a scalar (a footnote reference, a control character written as a
//! YAML escape) is found through [`SourceMap::scalar`], which undoes quoting, escapes
//! and line folding once per scalar.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file of the source map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(u32);

/// A place: bytes `range` of file `file`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub file: FileId,
    pub range: Range<usize>,
}

impl Span {
    pub fn new(file: FileId, range: Range<usize>) -> Span {
        Span { file, range }
    }
}

/// A place in a source: 1-based line and column, the column counted in characters
/// (as an editor counts them on Vietnamese text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// One file's text, with the byte offset of each line's start.
#[derive(Debug)]
pub struct Source {
    path: PathBuf,
    text: String,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(path: &Path, text: String) -> Source {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            path: path.to_path_buf(),
            text,
            line_starts,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The line and character column of byte `offset` (clamped to the text and to a
    /// character boundary). A `\r` before a line's `\n` belongs to no column.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.clamp(offset);
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        Position {
            line,
            column: self.text[start..offset].chars().count() + 1,
        }
    }

    /// The byte offset of 1-based `line` and character `column` (clamped to the line).
    pub fn offset_at(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.max(1) - 1) else {
            return self.text.len();
        };
        let text = self.line(line);
        let within = text
            .char_indices()
            .nth(column.max(1) - 1)
            .map_or(text.len(), |(i, _)| i);
        start + within
    }

    /// The text of 1-based `line`, without its line end (`\n` or `\r\n`).
    pub fn line(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.max(1) - 1) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&e| e - 1);
        let text = &self.text[start..end.max(start)];
        text.strip_suffix('\r').unwrap_or(text)
    }

    /// The byte range of the line holding byte `offset`, without its line end.
    pub fn line_range(&self, offset: usize) -> Range<usize> {
        let line = self.position(offset).line;
        let start = self.line_starts[line - 1];
        start..start + self.line(line).len()
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// Every source of a run. Cloning shares the texts.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<Arc<Source>>,
    ids: BTreeMap<PathBuf, FileId>,
}

impl SourceMap {
    /// Adds (or replaces) the text of `path`; its id.
    pub fn add(&mut self, path: &Path, text: String) -> FileId {
        let source = Arc::new(Source::new(path, text));
        if let Some(&id) = self.ids.get(path) {
            self.files[id.0 as usize] = source;
            return id;
        }
        let id = FileId(self.files.len() as u32);
        self.files.push(source);
        self.ids.insert(path.to_path_buf(), id);
        id
    }

    /// The id of the file at `path`, if its text is in the map.
    pub fn id(&self, path: &Path) -> Option<FileId> {
        self.ids.get(path).copied()
    }

    pub fn get(&self, id: FileId) -> &Source {
        &self.files[id.0 as usize]
    }

    /// The source of `path`, if its text is in the map.
    pub fn by_path(&self, path: &Path) -> Option<&Source> {
        self.id(path).map(|id| self.get(id))
    }

    pub fn path(&self, id: FileId) -> &Path {
        self.get(id).path()
    }

    /// The position of a span's start.
    pub fn position(&self, span: &Span) -> Position {
        self.get(span.file).position(span.range.start)
    }

    /// Forgets the text of every file but those of `keep` (their paths and ids stay):
    /// once a run's diagnostics are known, the others' text is not needed again.
    pub fn keep_only(&mut self, keep: &std::collections::BTreeSet<&Path>) {
        for source in &mut self.files {
            if !keep.contains(source.path()) && !source.text().is_empty() {
                *source = Arc::new(Source::new(source.path(), String::new()));
            }
        }
    }

    /// Adds the files of `other` this map lacks.
    pub fn merge(&mut self, other: &SourceMap) {
        for source in &other.files {
            if !self.ids.contains_key(source.path()) {
                let id = FileId(self.files.len() as u32);
                self.files.push(source.clone());
                self.ids.insert(source.path().to_path_buf(), id);
            }
        }
    }

    /// The places of the characters of a scalar's value: `start` is the scalar's first
    /// byte (its quote or block indicator, if any), `value` its value as read.
    pub fn scalar(&self, file: FileId, start: usize, value: &str) -> ScalarPlaces {
        ScalarPlaces::new(file, self.get(file).text(), start, value)
    }
}

/// The 1-based line on which text appended to `text` starts.
pub fn line_count(text: &str) -> usize {
    text.matches('\n').count() + 1
}

/// The byte range a YAML reader's location covers (of a located value: the reader
/// gives values their byte offsets; its syntax errors have none, see
/// [`SourceMap::offset_at`]).
pub fn range_of(location: &serde_saphyr::Location) -> Range<usize> {
    let span = location.span();
    let start = span.byte_offset().unwrap_or_else(|| span.offset()) as usize;
    start..start + span.byte_len().unwrap_or(1) as usize
}

/// How a scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
    Block,
}

/// The byte in the source of each character of a scalar's value, found in one walk
/// through the scalar: so that ten thousand references in one paragraph cost one walk.
#[derive(Debug)]
pub struct ScalarPlaces {
    file: FileId,
    /// `starts[i]`: the first byte of character `i`; one more entry for the end.
    starts: Vec<usize>,
}

impl ScalarPlaces {
    fn new(file: FileId, source: &str, start: usize, value: &str) -> ScalarPlaces {
        let chars: Vec<char> = value.chars().collect();
        let Some(rest) = source.get(start..) else {
            return ScalarPlaces {
                file,
                starts: vec![start; chars.len() + 1],
            };
        };
        let style = match rest.chars().next() {
            Some('"') => Style::Double,
            Some('\'') => Style::Single,
            Some('|') | Some('>') => Style::Block,
            _ => Style::Plain,
        };
        let mut src = rest.char_indices().peekable();
        match style {
            Style::Double | Style::Single => {
                src.next();
            }
            Style::Block => {
                // skip the header line (`|`, `>-`, …)
                for (_, c) in src.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            Style::Plain => {}
        }
        let mut starts = Vec::with_capacity(chars.len() + 1);
        let mut vi = 0;
        while vi < chars.len() {
            let Some(&(si, sc)) = src.peek() else {
                break;
            };
            let vc = chars[vi];
            if style == Style::Double && sc == '\\' {
                src.next();
                let escape = src.next().map(|(_, c)| c);
                let skip = match escape {
                    Some('x') => 2,
                    Some('u') => 4,
                    Some('U') => 8,
                    _ => 0,
                };
                for _ in 0..skip {
                    src.next();
                }
                if escape != Some('\n') {
                    starts.push(start + si);
                    vi += 1;
                }
            } else if style == Style::Single && sc == '\'' {
                starts.push(start + si);
                src.next();
                src.next();
                vi += 1;
            } else if sc == vc {
                starts.push(start + si);
                src.next();
                vi += 1;
            } else if sc.is_whitespace() {
                // folded line break and indentation: one space (or newline) of the value
                let at = si;
                while src
                    .peek()
                    .is_some_and(|&(_, c)| c.is_whitespace() && c != vc)
                {
                    src.next();
                }
                if vc.is_whitespace() && src.peek().is_some_and(|&(_, c)| c != vc) {
                    starts.push(start + at);
                    vi += 1;
                }
            } else {
                src.next();
            }
        }
        let end = src.peek().map_or(source.len(), |&(i, _)| start + i);
        starts.resize(chars.len() + 1, end);
        ScalarPlaces { file, starts }
    }

    /// The span of characters `offset .. offset + len` of the value.
    pub fn span(&self, offset: usize, len: usize) -> Span {
        let last = self.starts.len() - 1;
        let from = self.starts[offset.min(last)];
        let to = self.starts[(offset + len).min(last)].max(from);
        Span::new(self.file, from..to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let s = Source::new(Path::new("a"), "a: 1\nđịa danh: Sa Đéc\n".into());
        let at = s.text().find("Sa").unwrap();
        assert_eq!(
            s.position(at),
            Position {
                line: 2,
                column: 11
            }
        );
        assert_eq!(s.position(0), Position { line: 1, column: 1 });
        assert_eq!(s.position(10_000), Position { line: 3, column: 1 });
        assert_eq!(s.offset_at(2, 11), at);
        assert_eq!(s.line(2), "địa danh: Sa Đéc");
    }

    #[test]
    fn crlf_lines() {
        let s = Source::new(Path::new("a"), "é: 1\r\nb: 2\r\n".into());
        assert_eq!(s.line(1), "é: 1");
        assert_eq!(s.position(s.text().find('b').unwrap()).line, 2);
        assert_eq!(s.offset_at(2, 1), s.text().find('b').unwrap());
    }

    fn at(source: &str, value: &str, needle: &str) -> String {
        let mut map = SourceMap::default();
        let id = map.add(Path::new("x"), source.into());
        let start = source.find(['"', '\'', 'T']).unwrap();
        let offset = value
            .find(needle)
            .map(|b| value[..b].chars().count())
            .unwrap();
        let span = map
            .scalar(id, start, value)
            .span(offset, needle.chars().count());
        source[span.range].to_string()
    }

    #[test]
    fn plain_and_quoted_one_line() {
        assert_eq!(at("k: Thử [^a] nhé", "Thử [^a] nhé", "[^a]"), "[^a]");
        assert_eq!(at("k: \"Thử [^a] nhé\"", "Thử [^a] nhé", "[^a]"), "[^a]");
        assert_eq!(at("k: 'Thử ''x'' [^a]'", "Thử 'x' [^a]", "[^a]"), "[^a]");
    }

    #[test]
    fn folded_lines_and_escapes() {
        let src = "k: \"Thử một đoạn\n     rất dài \\\"có\\\" [^a] ở dòng hai\"";
        let value = "Thử một đoạn rất dài \"có\" [^a] ở dòng hai";
        assert_eq!(at(src, value, "[^a]"), "[^a]");
        let src = "k: Thử một\n  đoạn [^b] trơn";
        assert_eq!(at(src, "Thử một đoạn [^b] trơn", "[^b]"), "[^b]");
        let src = "k: \"Thử \\u000B x\"";
        assert_eq!(at(src, "Thử \u{b} x", "\u{b}"), "\\u000B");
    }
}
