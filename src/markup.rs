//! The light inline markup of text fields: `*italic*`, `**bold**`, footnote references
//! `[^key]`, appendix references `[Phụ lục: key]`, figure references `[=name]`, and
//! backslash escapes (`\*`, `\[`, `\\`).

/// A piece of inline content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Text with its emphasis.
    Text { text: String, style: Style },
    /// A footnote reference by key; `offset` is its character offset in the source value.
    FootnoteRef { key: String, offset: usize },
    /// A reference to an appendix by key (`[Phụ lục: ngan-sach]`), printed as the
    /// appendix's heading ("Phụ lục II"); `offset` as for footnotes.
    AppendixRef { key: String, offset: usize },
    /// A reference to a named figure (`[=ho-ngheo]`), printed as the figure's value.
    FigureRef { name: String, offset: usize },
}

/// What opens an appendix reference.
pub const APPENDIX_REF_OPEN: &str = "[Phụ lục:";

/// Emphasis of a run of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
}

/// A markup mistake at a character offset of the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    pub offset: usize,
    pub kind: MarkupErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkupErrorKind {
    /// `*` or `**` opened and never closed.
    UnclosedEmphasis(&'static str),
    /// `[^` without a valid key and `]`.
    BadFootnoteRef,
    /// `[Phụ lục:` without a valid key and `]`.
    BadAppendixRef,
    /// `[=` without a valid name and `]`.
    BadFigureRef,
}

/// Parses `text` into inline pieces, or the first markup mistake.
pub fn parse(text: &str) -> Result<Vec<Inline>, MarkupError> {
    // most text has no markup at all: one run, without a look at each character
    if !text.bytes().any(|b| matches!(b, b'\\' | b'*' | b'[')) {
        return Ok(if text.is_empty() {
            Vec::new()
        } else {
            vec![Inline::Text {
                text: text.to_string(),
                style: Style::default(),
            }]
        });
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut style = Style::default();
    let mut opened = [0usize; 2]; // where bold / italic was opened
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() && matches!(chars[i + 1], '*' | '[' | '\\') => {
                buf.push(chars[i + 1]);
                i += 2;
            }
            '*' => {
                flush(&mut out, &mut buf, style);
                if chars.get(i + 1) == Some(&'*') {
                    style.bold = !style.bold;
                    opened[0] = i;
                    i += 2;
                } else {
                    style.italic = !style.italic;
                    opened[1] = i;
                    i += 1;
                }
            }
            '[' if chars.get(i + 1) == Some(&'^') => {
                let key: String = chars[i + 2..]
                    .iter()
                    .take_while(|c| is_key_char(**c))
                    .collect();
                let close = i + 2 + key.chars().count();
                if key.is_empty() || chars.get(close) != Some(&']') {
                    return Err(MarkupError {
                        offset: i,
                        kind: MarkupErrorKind::BadFootnoteRef,
                    });
                }
                flush(&mut out, &mut buf, style);
                out.push(Inline::FootnoteRef { key, offset: i });
                i = close + 1;
            }
            '[' if chars.get(i + 1) == Some(&'=') => {
                let name: String = chars[i + 2..]
                    .iter()
                    .take_while(|c| is_key_char(**c))
                    .collect();
                let close = i + 2 + name.chars().count();
                if name.is_empty() || chars.get(close) != Some(&']') {
                    return Err(MarkupError {
                        offset: i,
                        kind: MarkupErrorKind::BadFigureRef,
                    });
                }
                flush(&mut out, &mut buf, style);
                out.push(Inline::FigureRef { name, offset: i });
                i = close + 1;
            }
            '[' if starts_with(&chars[i..], APPENDIX_REF_OPEN) => {
                let open = APPENDIX_REF_OPEN.chars().count();
                let spaces = chars[i + open..].iter().take_while(|c| **c == ' ').count();
                let from = i + open + spaces;
                let key: String = chars[from..]
                    .iter()
                    .take_while(|c| is_key_char(**c))
                    .collect();
                let close = from + key.chars().count();
                if key.is_empty() || chars.get(close) != Some(&']') {
                    return Err(MarkupError {
                        offset: i,
                        kind: MarkupErrorKind::BadAppendixRef,
                    });
                }
                flush(&mut out, &mut buf, style);
                out.push(Inline::AppendixRef { key, offset: i });
                i = close + 1;
            }
            c => {
                buf.push(c);
                i += 1;
            }
        }
    }
    if style.bold {
        return Err(MarkupError {
            offset: opened[0],
            kind: MarkupErrorKind::UnclosedEmphasis("**"),
        });
    }
    if style.italic {
        return Err(MarkupError {
            offset: opened[1],
            kind: MarkupErrorKind::UnclosedEmphasis("*"),
        });
    }
    flush(&mut out, &mut buf, style);
    Ok(out)
}

/// Characters of a footnote or appendix key.
fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

fn starts_with(chars: &[char], prefix: &str) -> bool {
    let mut rest = chars.iter();
    prefix.chars().all(|p| rest.next() == Some(&p))
}

fn flush(out: &mut Vec<Inline>, buf: &mut String, style: Style) {
    if !buf.is_empty() {
        out.push(Inline::Text {
            text: std::mem::take(buf),
            style,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str, bold: bool, italic: bool) -> Inline {
        Inline::Text {
            text: t.into(),
            style: Style { bold, italic },
        }
    }

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(
            parse("Mô hình 5+1").unwrap(),
            vec![text("Mô hình 5+1", false, false)]
        );
    }

    #[test]
    fn emphasis_and_footnotes() {
        let got = parse("có 08 Hội quán[^hoi-quan], *rất* **tốt**").unwrap();
        assert_eq!(
            got,
            vec![
                text("có 08 Hội quán", false, false),
                Inline::FootnoteRef {
                    key: "hoi-quan".into(),
                    offset: 14
                },
                text(", ", false, false),
                text("rất", false, true),
                text(" ", false, false),
                text("tốt", true, false),
            ]
        );
    }

    #[test]
    fn escapes_are_literal() {
        assert_eq!(
            parse(r"a \* b \[^x] \\").unwrap(),
            vec![text(r"a * b [^x] \", false, false)]
        );
    }

    #[test]
    fn unclosed_emphasis_is_an_error_at_its_opening() {
        let e = parse("ab *cd").unwrap_err();
        assert_eq!(e.offset, 3);
        assert_eq!(e.kind, MarkupErrorKind::UnclosedEmphasis("*"));
    }

    #[test]
    fn appendix_references() {
        assert_eq!(
            parse("xem [Phụ lục: ngan-sach] và [Phụ lục:ap_2]").unwrap(),
            vec![
                text("xem ", false, false),
                Inline::AppendixRef {
                    key: "ngan-sach".into(),
                    offset: 4
                },
                text(" và ", false, false),
                Inline::AppendixRef {
                    key: "ap_2".into(),
                    offset: 28
                },
            ]
        );
        assert_eq!(
            parse("[Phụ lục I]").unwrap(),
            vec![text("[Phụ lục I]", false, false)]
        );
        let e = parse("x [Phụ lục: ]").unwrap_err();
        assert_eq!((e.offset, e.kind), (2, MarkupErrorKind::BadAppendixRef));
        assert!(parse("x [Phụ lục: a b]").is_err());
        assert_eq!(
            parse(r"\[Phụ lục: a]").unwrap(),
            vec![text("[Phụ lục: a]", false, false)]
        );
    }

    #[test]
    fn figure_references() {
        assert_eq!(
            parse("đạt [=ty-le]%").unwrap(),
            vec![
                text("đạt ", false, false),
                Inline::FigureRef {
                    name: "ty-le".into(),
                    offset: 4
                },
                text("%", false, false),
            ]
        );
        assert_eq!(
            parse("x [=]").unwrap_err().kind,
            MarkupErrorKind::BadFigureRef
        );
        assert_eq!(parse("x [=a b]").unwrap_err().offset, 2);
        assert_eq!(parse(r"\[=a]").unwrap(), vec![text("[=a]", false, false)]);
    }

    #[test]
    fn malformed_reference_is_an_error() {
        assert_eq!(
            parse("x [^Bad key]").unwrap_err().kind,
            MarkupErrorKind::BadFootnoteRef
        );
        assert_eq!(parse("x [^]").unwrap_err().offset, 2);
    }
}
