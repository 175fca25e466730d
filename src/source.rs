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
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

/// A file of the source map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(u32);

impl FileId {
    /// Its index in the map's list of files.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

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

/// One file's text, with the byte offset of each line's start. A long report's text
/// is let go of once the file is read into its types ([`SourceMap::let_go`]), and read
/// again from the file where it is needed, if the file still holds it.
#[derive(Debug)]
pub struct Source {
    path: PathBuf,
    /// The text; once let go of, read again the first time it is asked for, `None` when
    /// the file no longer holds it.
    text: OnceLock<Option<Text>>,
    /// What the file held when its text was let go of (the text's length and CRC-32);
    /// `None` while the text is held.
    read_as: Option<(usize, u32)>,
}

#[derive(Debug)]
struct Text {
    text: String,
    /// The byte offset of each line's start, found the first time a place is asked for
    /// (a CSV file of 100,000 rows that has no problem never needs them).
    line_starts: OnceLock<Vec<usize>>,
    /// How many characters start before each [`CHAR_BLOCK`]-byte block, found the first
    /// time a column is asked for: a column is then counted over one block at most, not
    /// over its whole line (100,000 places in a one-line list of 3 MB were quadratic).
    char_marks: OnceLock<Vec<usize>>,
}

/// The bytes between two [`Text::char_marks`].
const CHAR_BLOCK: usize = 256;

impl Text {
    fn new(text: String) -> Text {
        Text {
            text,
            line_starts: OnceLock::new(),
            char_marks: OnceLock::new(),
        }
    }

    /// How many characters there are before byte `offset` (a character boundary): the
    /// bytes that start a character, counted from the block `offset` is in.
    fn chars_before(&self, offset: usize) -> usize {
        let starts = |bytes: &[u8]| bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        let bytes = self.text.as_bytes();
        let marks = self.char_marks.get_or_init(|| {
            let mut before = 0;
            bytes
                .chunks(CHAR_BLOCK)
                .map(|block| {
                    let at = before;
                    before += starts(block);
                    at
                })
                .collect()
        });
        let block = offset / CHAR_BLOCK;
        let from = block * CHAR_BLOCK;
        marks.get(block).copied().unwrap_or(0) + starts(&bytes[from.min(offset)..offset])
    }

    /// The lines' starts: after each `\n`, and after a `\r` that no `\n` follows (a
    /// file of old Mac line ends has lines too).
    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let bytes = self.text.as_bytes();
            std::iter::once(0)
                .chain(bytes.iter().enumerate().filter_map(|(i, &b)| {
                    let ends = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
                    ends.then_some(i + 1)
                }))
                .collect()
        })
    }
}

/// Where a source's text is not to be had, the source is empty.
static EMPTY: Text = Text {
    text: String::new(),
    line_starts: OnceLock::new(),
    char_marks: OnceLock::new(),
};

impl Source {
    pub fn new(path: &Path, text: String) -> Source {
        Source {
            path: path.to_path_buf(),
            text: OnceLock::from(Some(Text::new(text))),
            read_as: None,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn text(&self) -> &str {
        &self.held().text
    }

    /// Whether the text is to be had: held, or read again from a file that still holds
    /// it; not so when the file changed (or went) after its text was let go of.
    pub fn is_readable(&self) -> bool {
        self.loaded().is_some()
    }

    fn held(&self) -> &Text {
        self.loaded().unwrap_or(&EMPTY)
    }

    /// The text, read again from the file (and kept) the first time if it was let go of.
    fn loaded(&self) -> Option<&Text> {
        self.text
            .get_or_init(|| self.read_again().map(Text::new))
            .as_ref()
    }

    /// The text held, if it is (not let go of, or read again since).
    fn text_held(&self) -> Option<&str> {
        match self.text.get() {
            Some(Some(t)) => Some(&t.text),
            _ => None,
        }
    }

    /// The file's text as the loader takes it (UTF-8, without a byte order mark), if it
    /// is as long and has the CRC-32 it had when its text was let go of.
    fn read_again(&self) -> Option<String> {
        let (len, crc) = self.read_as?;
        let text = without_bom(String::from_utf8(std::fs::read(&self.path).ok()?).ok()?);
        (text.len() == len && crc32fast::hash(text.as_bytes()) == crc).then_some(text)
    }

    /// The line and character column of byte `offset` (clamped to the text and to a
    /// character boundary). A `\r` before a line's `\n` belongs to no column.
    pub fn position(&self, offset: usize) -> Position {
        let held = self.held();
        let line_starts = held.line_starts();
        let offset = self.clamp(offset);
        let line = line_starts.partition_point(|&s| s <= offset).max(1);
        let start = line_starts.get(line - 1).copied().unwrap_or(0);
        Position {
            line,
            column: held.chars_before(offset) - held.chars_before(start) + 1,
        }
    }

    /// The byte offset of 1-based `line` and character `column` (clamped to the line).
    pub fn offset_at(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.held().line_starts().get(line.max(1) - 1) else {
            return self.text().len();
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
        let held = self.held();
        let (text, line_starts) = (&held.text, held.line_starts());
        let Some(&start) = line_starts.get(line.max(1) - 1) else {
            return "";
        };
        let end = line_starts.get(line).map_or(text.len(), |&e| e - 1);
        let text = &text[start..end.max(start)];
        text.strip_suffix('\r').unwrap_or(text)
    }

    /// The byte range of the line holding byte `offset`, without its line end.
    pub fn line_range(&self, offset: usize) -> Range<usize> {
        let line = self.position(offset).line;
        let start = self
            .held()
            .line_starts()
            .get(line - 1)
            .copied()
            .unwrap_or(0);
        start..start + self.line(line).len()
    }

    fn clamp(&self, offset: usize) -> usize {
        let text = self.text();
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
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
    /// The text of the file let go of whose places were asked for last ([`Self::scalar`]),
    /// read again: validation asks for them file after file.
    recent: Arc<Mutex<Option<Recent>>>,
}

/// A file's text read again, and its id.
type Recent = (FileId, Arc<str>);

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

    /// The source of `id`, shared (a CSV file's text, read again by the check).
    pub fn shared(&self, id: FileId) -> Arc<Source> {
        self.files[id.0 as usize].clone()
    }

    /// The source of `path`, if its text is in the map (and, let go of, still to be
    /// read: see [`Source::is_readable`]).
    pub fn by_path(&self, path: &Path) -> Option<&Source> {
        self.id(path)
            .map(|id| self.get(id))
            .filter(|s| s.is_readable())
    }

    /// Whether the text of `path` was let go of and the file no longer holds it.
    pub fn has_changed(&self, path: &Path) -> bool {
        self.id(path).is_some_and(|id| !self.get(id).is_readable())
    }

    /// Lets go of the text of `id`, to be read again from its file where it is needed (a
    /// long report's files, once read into their types): only for a text that is the
    /// file's own, as the loader takes it.
    pub fn let_go(&mut self, id: FileId) {
        let source = &mut self.files[id.0 as usize];
        let text = source.text();
        let read_as = (text.len(), crc32fast::hash(text.as_bytes()));
        *source = Arc::new(Source {
            path: source.path.clone(),
            text: OnceLock::new(),
            read_as: Some(read_as),
        });
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
    pub fn keep_only(&mut self, keep: &std::collections::BTreeSet<FileId>) {
        for (i, source) in self.files.iter_mut().enumerate() {
            // a text let go of is not read again to be forgotten
            let held = source.text_held().is_some_and(|t| !t.is_empty());
            if !keep.contains(&FileId(i as u32)) && (held || source.read_as.is_some()) {
                *source = Arc::new(Source::new(source.path(), String::new()));
            }
        }
        *self.recent.lock().unwrap_or_else(PoisonError::into_inner) = None;
    }

    /// Adds the files of `other` this map lacks; the id in this map of each file of
    /// `other`, by its id there.
    pub fn merge(&mut self, other: &SourceMap) -> Vec<FileId> {
        other
            .files
            .iter()
            .map(|source| match self.ids.get(source.path()) {
                Some(&id) => id,
                None => {
                    let id = FileId(self.files.len() as u32);
                    self.files.push(source.clone());
                    self.ids.insert(source.path().to_path_buf(), id);
                    id
                }
            })
            .collect()
    }

    /// The places of the characters of a scalar's value: `start` is the scalar's first
    /// byte (its quote or block indicator, if any), `value` its value as read.
    pub fn scalar(&self, file: FileId, start: usize, value: &str) -> ScalarPlaces {
        let source = self.get(file);
        if let Some(text) = source.text_held() {
            return ScalarPlaces::new(file, text, start, value);
        }
        // let go of: read again, and kept for the next place until another file's is
        // asked for, not for the rest of the run (empty if the file changed: every
        // place is then its scalar's start)
        let text = {
            let mut recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
            match &*recent {
                Some((id, text)) if *id == file => text.clone(),
                _ => {
                    let text: Arc<str> = source.read_again().unwrap_or_default().into();
                    *recent = Some((file, text.clone()));
                    text
                }
            }
        };
        ScalarPlaces::new(file, &text, start, value)
    }
}

/// A file's text as the source map keeps it: without its byte order mark, if it has
/// one (the loader's rule, and that of a text read again).
pub fn without_bom(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
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

    /// A column is the characters before it on its line, also on a line of many blocks
    /// and past a character split by a block's edge (Vietnamese letters are 2 and 3
    /// bytes long).
    #[test]
    fn columns_on_long_lines_count_characters() {
        let line: String = "Đường ấp Tân Phú, ".repeat(100);
        let text = format!("đầu\n{line}\r\n{line}");
        let s = Source::new(Path::new("a"), text.clone());
        for (offset, _) in text.char_indices() {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want = text[line_start..offset].chars().count() + 1;
            assert_eq!(s.position(offset).column, want, "at {offset}");
        }
        assert!(text.len() > 8 * CHAR_BLOCK);
    }

    /// Old Mac line ends (a lone `\r`) end lines as `\n` and `\r\n` do, mixed too.
    #[test]
    fn lone_cr_lines() {
        let s = Source::new(Path::new("a"), "é: 1\rb: 2\r\nc: 3\nđ: 4\r".into());
        let at = |c: char| s.position(s.text().find(c).unwrap());
        assert_eq!((at('b').line, at('b').column), (2, 1));
        assert_eq!((at('c').line, at('c').column), (3, 1));
        assert_eq!((at('đ').line, at('đ').column), (4, 1));
        assert_eq!(at('3').column, 4);
        assert_eq!(s.line(1), "é: 1");
        assert_eq!(s.line(2), "b: 2");
        assert_eq!(s.line(4), "đ: 4");
        assert_eq!(s.offset_at(2, 1), s.text().find('b').unwrap());
        assert_eq!(s.line_range(s.text().find('2').unwrap()), 6..10);
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

    /// A text let go of is read again from its file, as the loader took it (without
    /// its byte order mark, CRLF kept): the same positions, lines and places.
    #[test]
    fn a_text_let_go_of_is_read_again_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01-kinh-te.yaml");
        let text = "title: \"Kinh tế\"\r\nbody:\r\n  - \"Thử một\r\n    đoạn [^a] nhé\"\r\n";
        std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
        let mut map = SourceMap::default();
        let id = map.add(&path, text.to_string());
        let at = text.find("đoạn").unwrap();
        let held = (map.get(id).position(at), map.get(id).line(4).to_string());
        let start = text.find("\"Thử").unwrap();
        let value = "Thử một đoạn [^a] nhé";
        let place = map.scalar(id, start, value).span(13, 4);
        map.let_go(id);
        assert!(map.get(id).text_held().is_none(), "still held");
        // the places of a scalar, without keeping the text
        assert_eq!(map.scalar(id, start, value).span(13, 4), place);
        assert!(map.get(id).text_held().is_none(), "kept by scalar()");
        assert_eq!(&text[place.range.clone()], "[^a]");
        assert!(map.by_path(&path).is_some());
        assert!(!map.has_changed(&path));
        assert_eq!(map.get(id).text(), text);
        assert_eq!(
            (map.get(id).position(at), map.get(id).line(4).to_string()),
            held
        );
        assert_eq!(map.get(id).line(4), "    đoạn [^a] nhé\"");
    }

    /// A file that changed (or went) after its text was let go of has no text to show:
    /// no source by its path, places at the scalar's start, and no panic.
    #[test]
    fn a_file_changed_after_its_text_was_let_go_of_has_no_places() {
        let dir = tempfile::tempdir().unwrap();
        // longer, shorter, gone
        for change in ["title: \"Kinh tế!\"\n", "title: \"Kinh tê\"\n", ""] {
            let path = dir.path().join("a.yaml");
            let text = "title: \"Kinh tế\"\n";
            std::fs::write(&path, text).unwrap();
            let mut map = SourceMap::default();
            let id = map.add(&path, text.to_string());
            map.let_go(id);
            if change.is_empty() {
                std::fs::remove_file(&path).unwrap();
            } else {
                std::fs::write(&path, change).unwrap();
            }
            let span = map.scalar(id, 7, "Kinh tế").span(5, 2);
            assert_eq!(span.range, 7..7, "{change:?}");
            assert!(map.by_path(&path).is_none(), "{change:?}");
            assert!(map.has_changed(&path));
            assert_eq!(map.get(id).text(), "");
            assert_eq!(map.get(id).position(12), Position { line: 1, column: 1 });
            assert_eq!(map.get(id).line(1), "");
        }
        // the same length, another byte: the CRC tells
        let path = dir.path().join("b.yaml");
        std::fs::write(&path, "a: 1\n").unwrap();
        let mut map = SourceMap::default();
        let id = map.add(&path, "a: 1\n".to_string());
        map.let_go(id);
        std::fs::write(&path, "a: 2\n").unwrap();
        assert!(map.has_changed(&path));
    }

    /// Forgetting the texts no diagnostic needs does not read again those let go of.
    #[test]
    fn forgetting_a_text_let_go_of_does_not_read_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "a: 1\n").unwrap();
        let mut map = SourceMap::default();
        let id = map.add(&path, "a: 1\n".to_string());
        map.let_go(id);
        std::fs::remove_file(&path).unwrap();
        let held = map.add(Path::new("b.yaml"), "b: 2\n".to_string());
        let kept = map.add(Path::new("c.yaml"), "c: 3\n".to_string());
        map.keep_only(&[kept].into());
        // forgotten: an empty text, not a file that changed
        assert!(map.by_path(&path).is_some());
        assert_eq!(map.get(id).text(), "");
        assert_eq!(map.get(held).text(), "");
        assert_eq!(map.get(kept).text(), "c: 3\n");
    }

    /// The text read again for places is that of the file asked for, and is kept while
    /// the places asked for are in the same file: file after file, one read each.
    #[test]
    fn places_are_read_again_once_a_file_in_turn() {
        let dir = tempfile::tempdir().unwrap();
        let mut map = SourceMap::default();
        let mut ids = Vec::new();
        for (name, text) in [
            ("a.yaml", "k: \"Một [^a]\"\n"),
            ("b.yaml", "k: \"Hai  ba [^b]\"\n"),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            let id = map.add(&path, text.to_string());
            map.let_go(id);
            ids.push((id, path));
        }
        let place = |map: &SourceMap, i: usize| {
            let (id, value) = [(ids[0].0, "Một [^a]"), (ids[1].0, "Hai  ba [^b]")][i];
            let at = value.chars().position(|c| c == '[').unwrap();
            map.scalar(id, 3, value).span(at, 4).range
        };
        assert_eq!(place(&map, 0), 10..14);
        // the file changes after its places were first asked for: the text read then serves
        std::fs::write(&ids[0].1, "k: \"Một [^a] nữa\"\n").unwrap();
        assert_eq!(place(&map, 0), 10..14);
        assert_eq!(place(&map, 1), 12..16);
        // another file's were asked for since: read again, and changed
        assert_eq!(place(&map, 0), 3..3);
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
