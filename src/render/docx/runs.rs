//! The runs of a paragraph: its text in bold and italic, and its footnote references,
//! as every part that writes text (the body, the tables) writes them.

use super::ooxml::{RunProps, run};
use super::parts::STYLE_FOOTNOTE_REF;
use super::xml::Xml;
use crate::document::Span;

/// Text runs and footnote references of a paragraph; `size` overrides the style's.
pub fn spans(x: &mut Xml, spans: &[Span], size: Option<u32>) {
    for span in spans {
        match span {
            Span::Text { text, bold, italic } => {
                let props = RunProps {
                    bold: *bold,
                    italic: *italic,
                    size,
                    ..RunProps::default()
                };
                run(x, &props, text);
            }
            Span::FootnoteRef { number } => {
                x.open("w:r", &[]);
                RunProps {
                    style: Some(STYLE_FOOTNOTE_REF),
                    ..RunProps::default()
                }
                .write(x);
                x.empty("w:footnoteReference", &[("w:id", &number.to_string())]);
                x.close();
            }
        }
    }
}
