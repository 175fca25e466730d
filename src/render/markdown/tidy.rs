//! The rule of [`super::tidy_in_place`] applied as the Markdown is written: trailing
//! spaces and tabs off every line (and the `\r` of a `\r\n`), runs of blank lines folded
//! to one, none at the start, one final newline. The built-in templates write through it
//! (`native`), so that a long report is not passed over a second time and its 10 MB not
//! checked again as UTF-8 once tidied, a fifth of the Markdown's time at 10,000 models.

use std::fmt;

/// Markdown being written, tidy as it goes: a line is in `out` as it comes, and trimmed
/// when its end comes.
#[derive(Default)]
pub struct Tidy {
    out: String,
    /// Where the line being written starts in `out`.
    line_start: usize,
    /// Blank lines in a row just ended.
    blank: usize,
}

impl Tidy {
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

    /// The tidy text.
    pub fn finish(mut self) -> String {
        if self.out.len() > self.line_start {
            // a last line without its line end gets one
            self.end_line(false);
        }
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
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
            if self.blank > 1 || self.line_start == 0 {
                return;
            }
        } else {
            self.blank = 0;
        }
        self.out.push('\n');
        self.line_start = self.out.len();
    }
}

impl fmt::Write for Tidy {
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
}
