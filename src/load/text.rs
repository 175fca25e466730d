//! Checks of the text itself, before and after parsing: Unicode NFC (a warning, the build
//! normalises), control characters (an error at each, since an invisible character in a
//! legal document should be seen and removed by a person), and passages typed in a legacy
//! Vietnamese 8-bit encoding (TCVN3/ABC, VNI) that show as mojibake in UTF-8.

use std::ops::Range;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, is_nfc_quick};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{LegacyEncoding, Message};
use crate::source::{FileId, SourceMap, Span};

/// The mark of a place the clerk must fill in (`report init` writes it); any text that
/// still holds it is `E-placeholder`.
pub const PLACEHOLDER: &str = "«điền:";

/// At most this many control characters are reported per file (the others are counted:
/// a file of nothing else would otherwise make millions of diagnostics).
const MAX_CONTROL_REPORTS: usize = 100;

/// What [`check_source`] found in the raw text of a file.
pub struct SourceFindings {
    /// The byte offsets of the control characters.
    pub controls: Vec<usize>,
    /// Whether a text value read from the file can need [`check_value`]: the file has a
    /// legacy encoding's mark or the placeholder's «, or a backslash (an escape can make
    /// any character). Without, every value is the file's characters with spaces and
    /// line breaks, and the raw controls are blanked before reading.
    pub values_to_check: bool,
}

/// Checks the raw text of a file: one NFC warning, and every control character.
pub fn check_source(text: &str, file: FileId, diags: &mut Diagnostics) -> SourceFindings {
    let scan = Scan::of(text);
    if !scan.nfc
        && let Some(at) = first_non_nfc(text)
    {
        diags.push(Diagnostic::spanned(Message::NotNfc, Span::new(file, at)));
    }
    let mut findings = SourceFindings {
        controls: Vec::new(),
        values_to_check: scan.marks || text.contains('\\'),
    };
    if !scan.forbidden {
        return findings;
    }
    let controls: Vec<(usize, char)> = text
        .char_indices()
        .filter(|&(_, c)| is_forbidden(c))
        .collect();
    if let Some(&(_, c)) = controls.get(MAX_CONTROL_REPORTS) {
        let message = Message::ControlChar {
            code_point: c as u32,
        };
        let path = diags.sources().path(file).to_path_buf();
        diags.omit(&message, &path, controls.len() - MAX_CONTROL_REPORTS);
    }
    for &(i, c) in controls.iter().take(MAX_CONTROL_REPORTS) {
        diags.push(Diagnostic::spanned(
            Message::ControlChar {
                code_point: c as u32,
            },
            Span::new(file, i..i + c.len_utf8()),
        ));
    }
    findings.controls = controls.into_iter().map(|(i, _)| i).collect();
    findings
}

/// Checks one text value, the scalar at bytes `at` of `file`. A control character in a
/// value comes from a YAML escape (raw ones are blanked before reading, and reported by
/// [`check_source`]): it is shown at its escape.
pub fn check_value(
    value: &str,
    at: Range<usize>,
    file: FileId,
    sources: &SourceMap,
    diags: &mut Diagnostics,
) {
    let scan = Scan::of(value);
    if scan.forbidden
        && let Some((i, c)) = value.chars().enumerate().find(|&(_, c)| is_forbidden(c))
    {
        let span = sources.scalar(file, at.start, value).span(i, 1);
        let message = Message::ControlChar {
            code_point: c as u32,
        };
        diags.push(Diagnostic::spanned(message, span));
    }
    if !scan.marks {
        return;
    }
    let whole = || Span::new(file, at.clone());
    if value.contains(PLACEHOLDER) {
        diags.push(Diagnostic::spanned(Message::Placeholder, whole()));
    }
    if let Some(encoding) = legacy_encoding(value) {
        let message = Message::LegacyText { encoding };
        diags.push(Diagnostic::spanned(message, whole()));
    }
}

/// Whether `s` shows nothing: empty, or only white space and characters of no width
/// (zero-width space and joiners, word joiner, byte-order mark, soft hyphen).
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
            )
    })
}

/// The problems of a text read from a spreadsheet's cell, as [`check_value`] finds them
/// in YAML: its first control character, and a passage in a legacy encoding. A cell is
/// text like any other: an ESC written into the Markdown would act on a terminal.
pub fn check_cell(value: &str) -> Vec<Message> {
    let scan = Scan::of(value);
    let mut problems = Vec::new();
    if scan.forbidden
        && let Some(c) = value.chars().find(|&c| is_forbidden(c))
    {
        problems.push(Message::ControlChar {
            code_point: c as u32,
        });
    }
    if scan.marks
        && let Some(encoding) = legacy_encoding(value)
    {
        problems.push(Message::LegacyText { encoding });
    }
    problems
}

/// What one pass over a text finds, for the checks to look closer only where it matters
/// (most text is ASCII and precomposed Vietnamese, which need no closer look).
#[derive(Debug, Default, PartialEq)]
struct Scan {
    /// A forbidden character ([`is_forbidden`]).
    forbidden: bool,
    /// A mark of a legacy encoding ([`tcvn3_symbol`], [`foreign_letter`]) or the
    /// placeholder's «.
    marks: bool,
    /// Unicode's quick check says NFC: every character allowed in NFC and the combining
    /// marks in canonical order (`unicode_normalization::is_nfc_quick` gives Yes).
    nfc: bool,
}

impl Scan {
    fn of(text: &str) -> Scan {
        let mut scan = Scan {
            nfc: true,
            ..Scan::default()
        };
        let mut last_class = 0;
        for c in text.chars() {
            let n = c as u32;
            // below U+0300 (combining marks) and in Latin Extended Additional (the
            // precomposed Vietnamese letters) every character is a starter allowed in
            // NFC (pinned by a test over both ranges)
            if n < 0x300 || (0x1E00..=0x1EFF).contains(&n) {
                if n < 0xA0 {
                    scan.forbidden |= is_forbidden(c);
                } else if n < 0x100 {
                    scan.marks |= c == '«' || tcvn3_symbol(c) || foreign_letter(c);
                }
                last_class = 0;
                continue;
            }
            scan.forbidden |= matches!(c, '\u{FFFE}' | '\u{FFFF}');
            let class = canonical_combining_class(c);
            let out_of_order = class != 0 && last_class > class;
            if out_of_order || is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes {
                scan.nfc = false;
            }
            last_class = class;
        }
        scan
    }
}

/// Whether `text` is in NFC, as far as Unicode's quick check can tell (Yes): the same
/// answer as `unicode_normalization::is_nfc_quick`, without a table lookup for most
/// characters of Vietnamese text.
pub fn is_nfc_quick_yes(text: &str) -> bool {
    Scan::of(text).nfc
}

/// `text` with every forbidden character replaced by as many spaces as it has bytes.
pub fn blank_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_forbidden(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that have no place in the text of a report: C0 and C1 controls other than
/// tab and line breaks, and the non-characters U+FFFE, U+FFFF.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The place of the first character that NFC would change: the base before a
/// combining mark that composes with it.
fn first_non_nfc(text: &str) -> Option<Range<usize>> {
    let mut base = 0;
    for (i, c) in text.char_indices() {
        if canonical_combining_class(c) == 0 {
            base = i;
            continue;
        }
        let end = i + c.len_utf8();
        let piece = &text[base..end];
        if is_nfc_quick(piece.chars()) != IsNormalized::Yes {
            return Some(base..end);
        }
    }
    None
}

/// Characters of TCVN3 (ABC) text read as Windows-1252 that are not letters: the bytes
/// where .VnTime puts à, á, ả, ã, ạ, ă, â, ê, ô, ơ, ư, đ, ằ, ẳ, ẵ, ắ and Ă, Â, Ê, Ô, Ơ, Ư, Đ.
fn tcvn3_symbol(c: char) -> bool {
    matches!(
        c,
        'µ' | '¸'
            | '¶'
            | '·'
            | '¹'
            | '¨'
            | '©'
            | 'ª'
            | '«'
            | '¬'
            | '\u{ad}'
            | '®'
            | '»'
            | '¼'
            | '½'
            | '¾'
            | '¡'
            | '¢'
            | '£'
            | '¤'
            | '¥'
            | '¦'
            | '§'
    )
}

/// Whether a word carries TCVN3's symbols. « and » (TCVN3's ô and ằ) count only inside
/// a word ("c«ng"), since as guillemets they open and close quotations («điền: …»).
fn tcvn3_word(word: &str) -> bool {
    let mut previous: Option<char> = None;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        let hit = if c == '«' || c == '»' {
            previous.is_some_and(char::is_alphabetic)
                && chars.peek().is_some_and(|n| n.is_alphabetic())
        } else {
            tcvn3_symbol(c)
        };
        if hit {
            return true;
        }
        previous = Some(c);
    }
    false
}

/// Letters of Windows-1252 that Vietnamese never uses. VNI-Times writes them as the tone
/// and vowel-mark byte after a base letter ("Coäng", "hoøa", "chuû", "ñaõ"); TCVN3 uses
/// them too, but TCVN3 text is told apart by its symbols above.
fn foreign_letter(c: char) -> bool {
    matches!(
        c,
        'ø' | 'ï'
            | 'ä'
            | 'ë'
            | 'ö'
            | 'ñ'
            | 'û'
            | 'å'
            | 'æ'
            | 'ç'
            | 'ü'
            | 'Ø'
            | 'Ï'
            | 'Ä'
            | 'Ë'
            | 'Ö'
            | 'Ñ'
            | 'Û'
            | 'Å'
            | 'Æ'
            | 'Ç'
            | 'Ü'
    )
}

fn word_break(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '“' | '”'
        )
}

/// Which legacy encoding `s` looks typed in, if any: at least two words that carry the
/// encoding's marks next to an ASCII letter.
pub fn legacy_encoding(s: &str) -> Option<LegacyEncoding> {
    // text without a single mark of either encoding is the common case: one pass
    if !s.chars().any(|c| tcvn3_symbol(c) || foreign_letter(c)) {
        return None;
    }
    let (mut tcvn3, mut vni) = (0, 0);
    for word in s.split(word_break) {
        if !word.bytes().any(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        if tcvn3_word(word) {
            tcvn3 += 1;
        }
        if word.chars().any(foreign_letter) {
            vni += 1;
        }
    }
    if tcvn3 >= 2 {
        Some(LegacyEncoding::Tcvn3)
    } else if vni >= 2 {
        Some(LegacyEncoding::Vni)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_what_shows_nothing() {
        for blank in [
            "",
            " ",
            "\t\n",
            "\u{200B}",
            " \u{FEFF}\u{2060} ",
            "\u{A0}\u{3000}",
            "\u{AD}",
        ] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for shown in ["a", " . ", "\u{200B}x", "-"] {
            assert!(!is_blank(shown), "{shown:?}");
        }
    }

    #[test]
    fn a_cell_is_checked_as_text() {
        assert_eq!(check_cell("Xã Tân Phú Đông"), []);
        assert_eq!(
            check_cell("a\u{1b}]0;x\u{7}b"),
            [Message::ControlChar { code_point: 0x1b }]
        );
        assert_eq!(
            check_cell("x\u{9b}y"),
            [Message::ControlChar { code_point: 0x9b }]
        );
        assert_eq!(
            check_cell("Céng hoµ x· héi chñ nghÜa ViÖt Nam"),
            [Message::LegacyText {
                encoding: LegacyEncoding::Tcvn3
            }]
        );
    }

    #[test]
    fn legacy_encodings_are_recognised() {
        assert_eq!(
            legacy_encoding("Céng hoµ x· héi chñ nghÜa ViÖt Nam"),
            Some(LegacyEncoding::Tcvn3)
        );
        assert_eq!(
            legacy_encoding("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"),
            Some(LegacyEncoding::Vni)
        );
    }

    #[test]
    fn real_vietnamese_and_other_text_pass() {
        for s in [
            "«điền: căn cứ văn bản» và «điền: địa danh»",
            "Cộng hòa xã hội chủ nghĩa Việt Nam, hoà bình, thuỷ lợi, Nguyễn Văn Hon",
            "Hội quán “Tôi yêu màu tím” xã Tân Khánh Đông (20 hội viên); 4,2 tỷ đồng; 90%",
            "nhiệt độ 30 °C, diện tích 5 m²; © UBND",
            "Müller",
        ] {
            assert_eq!(legacy_encoding(s), None, "{s}");
        }
    }

    #[test]
    fn nfd_is_found_at_its_base_letter() {
        let text = "a: ok\nb: Th\u{1b0}\u{309} nghiệm\n";
        let at = first_non_nfc(text).unwrap();
        assert_eq!(&text[at], "\u{1b0}\u{309}");
    }

    /// The ranges [`Scan`] passes without a closer look are starters allowed in NFC, and
    /// the scan agrees with the library's quick check and [`is_forbidden`].
    #[test]
    fn the_scan_agrees_with_the_full_checks() {
        for c in (0..0x300).chain(0x1E00..=0x1EFF).filter_map(char::from_u32) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        // the scan looks for marks in U+00A0–U+00FF only
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if tcvn3_symbol(c) || foreign_letter(c) {
                assert!(('\u{a0}'..='\u{ff}').contains(&c), "{c:?}");
            }
        }
        assert!(PLACEHOLDER.starts_with('«'));
        for text in [
            "Cộng hòa xã hội chủ nghĩa Việt Nam “Độc lập” – 100% …",
            "Th\u{1b0}\u{309} nghiệm",
            "a\u{323}\u{302}",
            "a\u{300}",
            // marks that compose with nothing: only their order decides
            "a\u{316}\u{33D}",
            "a\u{33D}\u{316}",
            "a\u{33D}\u{33D}",
            "a\u{FFFE}",
            "x\u{b}y",
            "\u{85}",
            "\u{7f}",
            "a\u{302}\u{323}",
            "\u{340} \u{1F71}",
            "x\u{b}y \u{85} \u{FFFE}",
            "«điền: tên»",
            "Céng hoµ x· héi",
            "Coäng hoøa",
            "ASCII only\t\r\n",
        ] {
            let scan = Scan::of(text);
            assert_eq!(
                scan.nfc,
                is_nfc_quick(text.chars()) == IsNormalized::Yes,
                "{text:?}"
            );
            assert_eq!(scan.forbidden, text.chars().any(is_forbidden), "{text:?}");
            assert_eq!(
                scan.marks,
                text.chars()
                    .any(|c| c == '«' || tcvn3_symbol(c) || foreign_letter(c)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn nfc_as_the_quick_check_says() {
        assert!(is_nfc_quick_yes("Thử nghiệm “mô hình” – 100%"));
        assert!(!is_nfc_quick_yes("Th\u{1b0}\u{309} nghiệm"));
        assert!(!is_nfc_quick_yes("a\u{33D}\u{316}"));
        assert!(is_nfc_quick_yes("a\u{316}\u{33D}"));
        // two marks of one class are in order
        assert!(is_nfc_quick_yes("a\u{33D}\u{33D}"));
    }

    #[test]
    fn controls_but_not_tabs_and_newlines() {
        assert!(is_forbidden('\u{b}') && is_forbidden('\u{0}') && is_forbidden('\u{85}'));
        assert!(!is_forbidden('\t') && !is_forbidden('\n') && !is_forbidden('đ'));
    }
}
