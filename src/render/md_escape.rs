//! Text into Markdown (CommonMark with GFM tables, footnotes and strikethrough), in one
//! place: whatever a data file holds, the Markdown read back gives the same text and no
//! structure of its own (no fence, rule, heading, list, code block, HTML, entity, link,
//! footnote definition or table). Every renderer of text into Markdown, and every new
//! block kind, goes through here; templates have it as the filter `escape_md`
//! (`{{ doc.summary | escape_md }}`, `{{ x | escape_md(cell=true) }}`).
//!
//! How: line breaks in the text become spaces (a data value is one paragraph; Markdown
//! folds white space anyway); every character that can start inline markup is
//! backslash-escaped wherever it is (`\ * _ [ ] < > ` ~ #`, `&` before a letter, digit or
//! `#`, and `|` in a table cell; `!` needs none, as `[` is always escaped);
//! and text that begins a line loses its leading white space (which would make a code
//! block) and has the characters escaped that only mean something there (`-`, `+`, `=`,
//! `:`, `|`, and the `.` or `)` after a number).

/// Escapes text that begins a line of a block: a paragraph, a list item after its
/// marker, a heading after its `#`s, a footnote definition after `[^n]: `.
pub fn text(s: &str) -> String {
    line_start(&edges(&inline(s)))
}

/// Escapes text for a GFM table cell (a cell is one line: `|` is escaped too).
pub fn cell(s: &str) -> String {
    edges(&escape(s, true))
}

/// A template may put emphasis around the text (`**{{ md.summary }}**`), and `** x **`
/// is not emphasis: spaces and tabs go off both ends (Markdown drops them there anyway),
/// and other white space at an end (a no-break space) is written as a character
/// reference, which Markdown reads back as the same character.
fn edges(md: &str) -> String {
    let md = md.trim_matches([' ', '\t']);
    let reference = |c: char| format!("&#x{:X};", c as u32);
    let mut chars = md.chars();
    let (Some(first), last) = (chars.next(), chars.next_back()) else {
        return String::new();
    };
    let middle = chars.as_str();
    let mut out = String::with_capacity(md.len() + 16);
    match first.is_whitespace() {
        true => out.push_str(&reference(first)),
        false => out.push(first),
    }
    out.push_str(middle);
    match last {
        Some(c) if c.is_whitespace() => out.push_str(&reference(c)),
        Some(c) => out.push(c),
        None => {}
    }
    out
}

/// Markdown already escaped for a line (`inline`, or spans rendered from it) made fit
/// for a GFM table cell: `|` escaped, and the ends as [`cell`] leaves them.
pub fn in_cell(md: &str) -> String {
    edges(&md.replace(['\n', '\r'], " ").replace('|', "\\|"))
}

/// Escapes text that goes inside a line, after other text.
pub fn inline(s: &str) -> String {
    escape(s, false)
}

fn escape(s: &str, in_cell: bool) -> String {
    // most text has none of the characters below: a copy
    let special = |b: u8| {
        matches!(
            b,
            b'\\'
                | b'*'
                | b'_'
                | b'['
                | b']'
                | b'<'
                | b'>'
                | b'`'
                | b'~'
                | b'#'
                | b'&'
                | b'\n'
                | b'\r'
        ) || (in_cell && b == b'|')
    };
    if !s.bytes().any(special) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // only where it could begin an entity (`&amp;`, `&#38;`): `& ` stays as it is
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            '|' if in_cell => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// Makes Markdown that is already escaped inline safe at the start of a line: leading
/// white space off (four spaces or a tab make a code block), and `-`, `+`, `=`, `:`,
/// `|` or a number's `.` / `)` escaped there (a list, a setext underline, a table's
/// delimiter row).
pub fn line_start(md: &str) -> String {
    let md = md.trim_start_matches([' ', '\t']);
    let digits = md.chars().take_while(char::is_ascii_digit).count();
    let rest = &md[digits..];
    if digits > 0 && (rest.starts_with('.') || rest.starts_with(')')) {
        return format!("{}\\{rest}", &md[..digits]);
    }
    if md.starts_with(['-', '+', '=', ':', '|']) {
        return format!("\\{md}");
    }
    md.to_string()
}

/// A numbering marker printed as text where it would start a list (`1)` → `1\)`).
pub fn marker(m: &str) -> String {
    let mut out = String::new();
    for c in m.chars() {
        if matches!(c, '.' | ')' | '*' | '-' | '+' | '#' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether emphasis markers (`*`, `**`) put around `core` (escaped, not starting or
/// ending with white space) are read as emphasis between `before` and `after`, the
/// characters on either side (`None`: the edge of the line). CommonMark's flanking
/// rules: a run next to punctuation opens or closes only with white space or
/// punctuation on its other side, and a run next to another `*` merges with it. When
/// this is false, the text is written without its emphasis rather than with stray `*`.
pub fn can_emphasise(before: Option<char>, core: &str, after: Option<char>) -> bool {
    let (Some(first), Some(last)) = (core.chars().next(), core.chars().last()) else {
        return false;
    };
    // characters certainly white space or punctuation to CommonMark (under-approximated);
    // a `*` beside a marker would join its run
    let open_side = |c: Option<char>| match c {
        None => true,
        Some('*') => false,
        Some(c) => c == ' ' || c == '\t' || c.is_ascii_punctuation(),
    };
    // characters that may be punctuation to CommonMark (over-approximated: any but ASCII
    // letters and digits, since CommonMark counts symbols, and Rust calls some symbols
    // alphabetic, such as 🄰)
    let maybe_punct = |c: char| !c.is_ascii_alphanumeric();
    let opens = !maybe_punct(first) && before != Some('*') || open_side(before);
    let closes = !maybe_punct(last) && after != Some('*') || open_side(after);
    opens && closes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(cell("a*b_[c]|d"), r"a\*b\_\[c\]\|d");
        assert_eq!(inline("a|b &amp; ~~x~~ #"), r"a|b \&amp; \~\~x\~\~ \#");
        assert_eq!(inline("a\nb\r\nc"), "a b  c");
    }

    #[test]
    fn line_starts_that_markdown_would_misread() {
        assert_eq!(text("2. Bước"), r"2\. Bước");
        assert_eq!(text("11) Tuyên"), r"11\) Tuyên");
        assert_eq!(text("1.\tx"), "1\\.\tx");
        assert_eq!(text("- x"), r"\- x");
        assert_eq!(text("+\tx"), "\\+\tx");
        assert_eq!(text("    mã"), "mã");
        assert_eq!(text("==="), r"\===");
        assert_eq!(text("# x"), r"\# x");
        assert_eq!(text("2021 là năm"), "2021 là năm");
        assert_eq!(text(" \u{a0}x\u{a0} "), "&#xA0;x&#xA0;");
    }

    #[test]
    fn emphasis_only_where_markdown_reads_it() {
        assert!(can_emphasise(None, "rất", None));
        assert!(can_emphasise(Some('a'), "rất", Some('b')));
        assert!(can_emphasise(None, r"\*x", Some(' ')));
        assert!(!can_emphasise(Some('a'), r"\*x", None));
        assert!(!can_emphasise(None, r"x\*", Some('b')));
        assert!(!can_emphasise(Some('*'), "x", None));
        assert!(!can_emphasise(None, "x🄰", Some('T')));
        assert!(can_emphasise(Some(' '), "Ủy", Some(' ')));
        assert!(!can_emphasise(None, "", None));
    }
}
