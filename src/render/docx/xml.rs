//! A small XML builder for the OOXML parts: elements opened and closed in order,
//! attribute and text escaping by quick-xml, and characters that XML 1.0 forbids
//! removed before they reach a part, whatever the input text holds.

use quick_xml::escape::escape;

/// An XML document under construction.
pub struct Xml {
    buf: String,
    open: Vec<&'static str>,
}

/// The XML declaration every part starts with.
const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

impl Default for Xml {
    fn default() -> Xml {
        Xml::new()
    }
}

impl Xml {
    pub fn new() -> Xml {
        Xml {
            buf: String::from(DECLARATION),
            open: Vec::new(),
        }
    }

    /// `<tag a="v" …>`; closed by the matching [`Xml::close`].
    pub fn open(&mut self, tag: &'static str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.buf.push('>');
        self.open.push(tag);
        self
    }

    /// `<tag a="v" …/>`.
    pub fn empty(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.buf.push_str("/>");
        self
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) -> &mut Self {
        if let Some(tag) = self.open.pop() {
            self.buf.push_str("</");
            self.buf.push_str(tag);
            self.buf.push('>');
        }
        self
    }

    /// `<tag>text</tag>` with the text escaped and cleaned.
    pub fn leaf(&mut self, tag: &'static str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs);
        self.text(text);
        self.close()
    }

    /// Escaped, cleaned character data.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.buf.push_str(&escape(&*xml_clean(text)));
        self
    }

    /// The finished document. Every element opened has been closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.buf
    }

    fn start_tag(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.buf.push('<');
        self.buf.push_str(tag);
        for (name, value) in attrs {
            self.buf.push(' ');
            self.buf.push_str(name);
            self.buf.push_str("=\"");
            self.buf.push_str(&escape(&*xml_clean(value)));
            self.buf.push('"');
        }
    }
}

/// `s` without the characters XML 1.0 does not allow (C0 controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF). Rust strings hold no surrogates.
pub fn xml_chars(s: &str) -> String {
    s.chars().filter(|&c| is_xml_char(c)).collect()
}

/// [`xml_chars`] without a copy of text that has nothing to remove (most text).
fn xml_clean(s: &str) -> std::borrow::Cow<'_, str> {
    if all_xml_chars(s) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(xml_chars(s))
    }
}

/// `s.chars().all(is_xml_char)`, read as bytes: a C0 control is one byte below 0x20;
/// U+FFFE and U+FFFF, the others left out, start with the byte 0xEF, looked for first
/// (tested over every character).
fn all_xml_chars(s: &str) -> bool {
    let bytes = s.as_bytes();
    let controls = bytes
        .iter()
        .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'));
    let non_characters = bytes.contains(&0xEF) && s.contains(['\u{FFFE}', '\u{FFFF}']);
    !(controls || non_characters)
}

pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_illegal_characters() {
        let mut x = Xml::new();
        x.open("w:t", &[("a", "x\"<\u{0}y")])
            .text("a & b < c\u{b}\u{1f}\u{fffe}đ")
            .close();
        let s = x.finish();
        assert!(
            s.ends_with("<w:t a=\"x&quot;&lt;y\">a &amp; b &lt; c\u{111}</w:t>"),
            "{s}"
        );
    }

    /// The byte test says what the character test says, for every character, alone and
    /// among others.
    #[test]
    fn the_byte_test_is_the_character_test() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(all_xml_chars(&c.to_string()), is_xml_char(c), "{c:?}");
            let among = format!("Thử {c} nghiệm\u{FFFD}");
            assert_eq!(
                all_xml_chars(&among),
                among.chars().all(is_xml_char),
                "{c:?}"
            );
        }
    }

    #[test]
    fn finish_closes_what_is_open() {
        let mut x = Xml::new();
        x.open("a", &[]).open("b", &[]).empty("c", &[]);
        assert!(x.finish().ends_with("<a><b><c/></b></a>"));
    }
}
