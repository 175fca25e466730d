//! The rule of [`super::tidy_in_place`] applied as the Markdown is written: trailing
//! spaces and tabs off every line (and the `\r` of a `\r\n`), runs of blank lines folded
//! to one, none at the start, one final newline. The built-in templates write through it
//! (`native`), so that a long report is not passed over a second time and its 10 MB not
//! checked again as UTF-8 once tidied, a fifth of the Markdown's time at 10,000 models.
//! Written into a file ([`Tidy::into_writer`]), the text goes out a piece at a time and
//! is never held whole: the 10 MB of 10,000 models were a third of the build's heap.

use std::fmt;
use std::io::{self, Write};

use crate::render::guarded::Guarded;

/// Markdown being written, tidy as it goes: a line is in `out` as it comes, and trimmed
/// when its end comes; with a writer, what is final goes out from `FLUSH_BYTES` on.
#[derive(Default)]
pub struct Tidy<'w> {
    out: String,
    /// Where the line being written starts in `out`.
    line_start: usize,
    /// Blank lines in a row just ended.
    blank: usize,
    /// Where the text goes once final, if not kept in `out`; its first error is kept,
    /// and nothing more is written after it.
    writer: Option<Guarded<&'w mut dyn io::Write>>,
    /// Whether text has gone to the writer: `out` is no longer the start of the text.
    sent: bool,
    /// From how many bytes of final text on they go to the writer.
    flush_at: usize,
}

/// How much final text is gathered before it goes to the writer: a few system calls
/// per megabyte.
const FLUSH_BYTES: usize = 64 * 1024;

impl<'w> Tidy<'w> {
    /// Markdown written into `writer` as it becomes final (see [`Tidy::finish_writing`]).
    pub fn into_writer(writer: &'w mut dyn io::Write) -> Tidy<'w> {
        Tidy::flushing_at(writer, FLUSH_BYTES)
    }

    fn flushing_at(writer: &'w mut dyn io::Write, flush_at: usize) -> Tidy<'w> {
        Tidy {
            writer: Some(Guarded::new(writer)),
            flush_at,
            ..Tidy::default()
        }
    }

    pub fn push_str(&mut self, mut s: &str) {
        while let Some(i) = s.as_bytes().iter().position(|&b| b == b'\n') {
            self.out.push_str(&s[..i]);
            self.end_line(true);
            s = &s[i + 1..];
        }
        self.out.push_str(s);
    }

    pub fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// The tidy text (without a writer; with one, what has not gone to it yet).
    pub fn finish(mut self) -> String {
        self.end_text();
        self.out
    }

    /// Writes the rest of the tidy text into the writer: its first error, if any.
    pub fn finish_writing(mut self) -> io::Result<()> {
        self.end_text();
        self.send();
        self.writer.map_or(Ok(()), |w| w.finish().map(drop))
    }

    fn end_text(&mut self) {
        if self.out.len() > self.line_start {
            // a last line without its line end gets one
            self.end_line(false);
        }
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        // what was sent ended with a line that is not blank: nothing before it to drop
        if self.sent && self.out == "\n" {
            self.out.clear();
        }
    }

    /// Ends the line being written: `with_newline` when a `\n` ended it (a `\r` before it
    /// is then part of the line end).
    fn end_line(&mut self, with_newline: bool) {
        let bytes = self.out.as_bytes();
        let mut stop = bytes.len();
        if with_newline && stop > self.line_start && bytes[stop - 1] == b'\r' {
            stop -= 1;
        }
        while stop > self.line_start && matches!(bytes[stop - 1], b' ' | b'\t') {
            stop -= 1;
        }
        // only ASCII bytes are cut: `stop` is a character boundary
        self.out.truncate(stop);
        if stop == self.line_start {
            self.blank += 1;
            if self.blank > 1 || (self.line_start == 0 && !self.sent) {
                return;
            }
        } else {
            self.blank = 0;
        }
        self.out.push('\n');
        self.line_start = self.out.len();
        // after a line that is not blank, all of `out` is final: a blank line kept
        // before it cannot be the last any more
        if self.blank == 0 && self.writer.is_some() && self.out.len() >= self.flush_at {
            self.send();
        }
    }

    /// Sends what `out` holds to the writer, if there is one.
    fn send(&mut self) {
        let Some(writer) = self.writer.as_mut() else {
            return;
        };
        // a guarded write cannot fail: an error is kept for the end
        let _ = writer.write_all(self.out.as_bytes());
        self.sent = true;
        self.out.clear();
        self.line_start = 0;
    }
}

impl fmt::Write for Tidy<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use super::*;

    /// Written in pieces of every size, a text comes out as [`super::super::tidy_in_place`]
    /// makes it, whatever the line ends, spaces and blank lines, and wherever the pieces
    /// end (inside a `\r\n`, between spaces, inside a character).
    #[test]
    fn tidy_as_written_is_tidy_in_place() {
        for &s in super::super::TIDY_CASES {
            let mut expected = s.to_string();
            super::super::tidy_in_place(&mut expected);
            let chars: Vec<char> = s.chars().collect();
            for size in 1..=chars.len().max(1) {
                let mut t = Tidy::default();
                for (i, piece) in chars.chunks(size).enumerate() {
                    let piece: String = piece.iter().collect();
                    // each way of writing in turn: a character, a str, `write!`
                    match (piece.chars().count(), i % 2) {
                        (1, _) => t.push(piece.chars().next().unwrap_or_default()),
                        (_, 0) => t.push_str(&piece),
                        _ => write!(t, "{piece}").unwrap(),
                    }
                }
                assert_eq!(t.finish(), expected, "{s:?} in pieces of {size}");
            }
        }
    }

    /// Into a writer, flushed from any size on, the text written is the tidy text, and
    /// nothing is left in memory.
    #[test]
    fn tidy_into_a_writer_is_tidy_in_place() {
        for &s in super::super::TIDY_CASES {
            let mut expected = s.to_string();
            super::super::tidy_in_place(&mut expected);
            for flush_at in [0, 1, 2, 3, 5, 8, 64] {
                for size in [1, 2, 3, 7] {
                    let mut written = Vec::new();
                    let mut t = Tidy::flushing_at(&mut written, flush_at);
                    let chars: Vec<char> = s.chars().collect();
                    for piece in chars.chunks(size) {
                        t.push_str(&piece.iter().collect::<String>());
                    }
                    t.finish_writing().unwrap();
                    assert_eq!(
                        String::from_utf8(written).unwrap(),
                        expected,
                        "{s:?} in pieces of {size}, flushed from {flush_at}"
                    );
                }
            }
        }
    }

    /// Final text waits for `flush_at` bytes before it goes to the writer; what is not
    /// final (a line not ended, a blank line that may be the last) waits for more.
    #[test]
    fn text_goes_to_the_writer_from_flush_at_on() {
        let mut written = Vec::new();
        let mut t = Tidy::flushing_at(&mut written, 64);
        t.push_str("Một\nHai\n");
        drop(t);
        assert!(written.is_empty(), "sent before 64 bytes");
        let mut written = Vec::new();
        let mut t = Tidy::flushing_at(&mut written, 4);
        t.push_str("Một\nHai\n\nBa  ");
        drop(t);
        assert_eq!(String::from_utf8(written).unwrap(), "Một\nHai\n");
        // what is left after a send goes at the end
        let mut written = Vec::new();
        let mut t = Tidy::flushing_at(&mut written, 8);
        t.push_str("Một\nHai\n\nBa  ");
        t.finish_writing().unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), "Một\nHai\n\nBa\n");
        let mut written = Vec::new();
        let mut t = Tidy::into_writer(&mut written);
        t.push_str(&"Một dòng.\n".repeat(7_000));
        drop(t);
        let sent = written.len();
        assert!((FLUSH_BYTES..FLUSH_BYTES + 16).contains(&sent), "{sent}");
    }

    /// The writer's first error is the outcome, and it is not written to again.
    #[test]
    fn a_writer_that_fails_is_not_written_to_again() {
        struct Full(usize);
        impl io::Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                self.0 += 1;
                Err(io::Error::other("disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut full = Full(0);
        let mut t = Tidy::flushing_at(&mut full, 1);
        t.push_str("một\nhai\nba\n");
        let err = t.finish_writing().unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(full.0, 1, "one attempt");
    }
}
