//! A small XML builder for the OOXML parts: elements opened and closed in order,
//! attribute and text escaping by quick-xml, and characters that XML 1.0 forbids
//! removed before they reach a part, whatever the input text holds.

use std::io::Write;

use quick_xml::escape::escape;

use crate::render::guarded::Guarded;

/// An XML document under construction: held whole, or passed on to a sink (the
/// package's entry) in pieces as it is made ([`Xml::streaming`]).
pub struct Xml<'s> {
    /// UTF-8, written as `str`s; passed on in pieces that may end inside a character.
    buf: Vec<u8>,
    open: Vec<&'static str>,
    /// Where a streaming document goes; its first error is kept, what follows dropped,
    /// and the error is the outcome of [`Xml::finish_into_sink`].
    sink: Option<Guarded<&'s mut dyn Write>>,
}

/// A streaming document is passed on in whole multiples of this many bytes, the deflate
/// window (32 KiB): fed so, zlib-rs's deflate gives the bytes it gives for the part
/// written at once (tested on large documents), so that streaming changes no package.
pub const PIECE_BYTES: usize = 32 * 1024;

/// A streaming document is passed on once this much of it is held (a few pieces at a
/// time: each write into the deflate stream has a cost of its own).
const SPILL_BYTES: usize = 8 * PIECE_BYTES;

/// The XML declaration every part starts with.
const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

impl Default for Xml<'_> {
    fn default() -> Self {
        Xml::new()
    }
}

impl<'s> Xml<'s> {
    pub fn new() -> Self {
        Xml {
            buf: DECLARATION.as_bytes().to_vec(),
            open: Vec::new(),
            sink: None,
        }
    }

    /// A document written into `sink` as it is made, in whole pieces
    /// ([`PIECE_BYTES`]), the rest by [`Xml::finish_into_sink`]; never held whole.
    pub fn streaming(sink: &'s mut dyn Write) -> Self {
        Xml {
            sink: Some(Guarded::new(sink)),
            ..Xml::new()
        }
    }

    /// `<tag a="v" …>`; closed by the matching [`Xml::close`].
    pub fn open(&mut self, tag: &'static str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.buf.push(b'>');
        self.open.push(tag);
        self
    }

    /// `<tag a="v" …/>`.
    pub fn empty(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(tag, attrs);
        self.buf.extend_from_slice(b"/>");
        self
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) -> &mut Self {
        if let Some(tag) = self.open.pop() {
            self.buf.extend_from_slice(b"</");
            self.buf.extend_from_slice(tag.as_bytes());
            self.buf.push(b'>');
        }
        if self.buf.len() >= SPILL_BYTES {
            self.spill();
        }
        self
    }

    /// Passes the whole pieces held on to the sink, if any, keeping the rest.
    fn spill(&mut self) {
        let Some(sink) = self.sink.as_mut() else {
            return;
        };
        let whole = self.buf.len() / PIECE_BYTES * PIECE_BYTES;
        // a guarded write cannot fail: an error is kept for the end
        let _ = sink.write_all(&self.buf[..whole]);
        self.buf.drain(..whole);
    }

    /// `<tag>text</tag>` with the text escaped and cleaned.
    pub fn leaf(&mut self, tag: &'static str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs);
        self.text(text);
        self.close()
    }

    /// Escaped, cleaned character data.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.buf
            .extend_from_slice(escape(&*xml_clean(text)).as_bytes());
        self
    }

    /// The finished document. Every element opened has been closed.
    pub fn finish(mut self) -> String {
        debug_assert!(self.sink.is_none(), "a streaming document ends in its sink");
        while !self.open.is_empty() {
            self.close();
        }
        String::from_utf8(self.buf).expect("the buffer holds whole strs")
    }

    /// Ends a streaming document: every element opened closed, and what is held
    /// written into the sink; the sink's first error, if it failed (tried once: nothing
    /// is written after it).
    pub fn finish_into_sink(mut self) -> std::io::Result<()> {
        while !self.open.is_empty() {
            self.close();
        }
        match self.sink.take() {
            Some(mut sink) => {
                let _ = sink.write_all(&self.buf);
                sink.finish().map(drop)
            }
            None => Ok(()),
        }
    }

    fn start_tag(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.buf.push(b'<');
        self.buf.extend_from_slice(tag.as_bytes());
        for (name, value) in attrs {
            self.buf.push(b' ');
            self.buf.extend_from_slice(name.as_bytes());
            self.buf.extend_from_slice(b"=\"");
            self.buf
                .extend_from_slice(escape(&*xml_clean(value)).as_bytes());
            self.buf.push(b'"');
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

    /// A streaming document passes on whole pieces as it goes, keeping less than a
    /// spill's worth, and ends in the sink whole.
    #[test]
    fn a_streaming_document_is_passed_on_in_whole_pieces() {
        let mut sink: Vec<u8> = Vec::new();
        let mut x = Xml::streaming(&mut sink);
        x.open("w:body", &[]);
        let mut whole = Xml::new();
        whole.open("w:body", &[]);
        // each time the buffer shrinks, whole pieces went: less than one is left
        let (mut spills, mut held) = (0, 0);
        for i in 0..30_000 {
            let text = format!("Đoạn thứ {i} của báo cáo");
            x.leaf("w:t", &[], &text);
            whole.leaf("w:t", &[], &text);
            let now = x.buf.len();
            assert!(now < SPILL_BYTES, "held: {now}");
            if now < held {
                spills += 1;
                assert!(now < PIECE_BYTES, "kept after a spill: {now}");
            }
            held = now;
        }
        assert!(spills >= 4, "pieces passed on before the end: {spills}");
        x.finish_into_sink().unwrap();
        assert_eq!(sink, whole.finish().into_bytes());
    }

    /// A sink that fails is tried once: what follows is dropped, and the sink's error
    /// is the outcome of the document.
    #[test]
    fn a_failing_sink_is_tried_once_and_its_error_is_the_outcome() {
        struct Failing(usize);
        impl Write for Failing {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                self.0 += 1;
                Err(std::io::Error::other("đĩa đầy"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut sink = Failing(0);
        let mut x = Xml::streaming(&mut sink);
        x.open("w:body", &[]);
        for i in 0..30_000 {
            x.leaf("w:t", &[], &format!("Đoạn thứ {i}"));
            assert!(x.buf.len() < SPILL_BYTES, "held after a failure");
        }
        let e = x.finish_into_sink().unwrap_err();
        assert_eq!(e.to_string(), "đĩa đầy");
        assert_eq!(sink.0, 1, "tried again after its error");
    }

    #[test]
    fn finish_closes_what_is_open() {
        let mut x = Xml::new();
        x.open("a", &[]).open("b", &[]).empty("c", &[]);
        assert!(x.finish().ends_with("<a><b><c/></b></a>"));
    }
}
