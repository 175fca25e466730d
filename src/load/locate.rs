//! From a character of a scalar's value to its bytes in the source: walks the source from
//! the scalar's start, undoing YAML's quoting, escapes and line folding, so that a
//! footnote reference in the middle of a paragraph wrapped over five lines is pointed at
//! exactly.

use std::ops::Range;

/// How a scalar is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
    Block,
}

/// The byte range in `source` of characters `offset .. offset + len` of `value`, the
/// value of the scalar that starts at byte `start`. Falls back to the scalar's start when
/// the source and the value cannot be matched.
pub fn locate(source: &str, start: usize, value: &str, offset: usize, len: usize) -> Range<usize> {
    let Some(rest) = source.get(start..) else {
        return start..start;
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
    let chars: Vec<char> = value.chars().collect();
    let mut walk = |upto: usize, vi: &mut usize| -> usize {
        while *vi < upto {
            let Some(&(si, sc)) = src.peek() else {
                return rest.len();
            };
            let vc = chars[*vi];
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
                    *vi += 1;
                }
                let _ = si;
            } else if style == Style::Single && sc == '\'' {
                src.next();
                src.next();
                *vi += 1;
            } else if sc == vc {
                src.next();
                *vi += 1;
            } else if sc.is_whitespace() {
                // folded line break and indentation: one space (or newline) of the value
                while src
                    .peek()
                    .is_some_and(|&(_, c)| c.is_whitespace() && c != vc)
                {
                    src.next();
                }
                if vc.is_whitespace() && src.peek().is_some_and(|&(_, c)| c != vc) {
                    *vi += 1;
                }
            } else {
                src.next();
            }
        }
        src.peek().map_or(rest.len(), |&(i, _)| i)
    };
    let mut vi = 0;
    let from = walk(offset.min(chars.len()), &mut vi);
    let to = walk((offset + len).min(chars.len()), &mut vi);
    start + from..start + to.max(from)
}

#[cfg(test)]
mod tests {
    use super::locate;

    fn at(source: &str, value: &str, needle: &str) -> String {
        let start = source.find(['"', '\'', 'T']).unwrap();
        let offset = value
            .find(needle)
            .map(|b| value[..b].chars().count())
            .unwrap();
        let r = locate(source, start, value, offset, needle.chars().count());
        source[r].to_string()
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
    }
}
