//! `word/footnotes.xml`: the separator and continuation-separator notes Word expects
//! (ids -1 and 0), then each footnote with its own number mark (`<w:footnoteRef/>`).

use super::ooxml::{ParaProps, RunProps};
use super::parts::{NS_W, STYLE_FOOTNOTE_REF, STYLE_FOOTNOTE_TEXT};
use super::runs::spans;
use super::xml::Xml;
use crate::document::Footnote;

pub fn footnotes(notes: &[Footnote]) -> String {
    let mut x = Xml::new();
    x.open("w:footnotes", &[("xmlns:w", NS_W)]);
    separator(&mut x, "-1", "separator", "w:separator");
    separator(
        &mut x,
        "0",
        "continuationSeparator",
        "w:continuationSeparator",
    );
    let para = ParaProps::styled(STYLE_FOOTNOTE_TEXT);
    for note in notes {
        x.open("w:footnote", &[("w:id", &note.number.to_string())]);
        x.open("w:p", &[]);
        para.write(&mut x);
        x.open("w:r", &[]);
        RunProps {
            style: Some(STYLE_FOOTNOTE_REF),
            ..RunProps::default()
        }
        .write(&mut x);
        x.empty("w:footnoteRef", &[]);
        x.close();
        super::ooxml::run(&mut x, &RunProps::default(), " ");
        spans(&mut x, &note.spans, None);
        x.close(); // p
        x.close(); // footnote
    }
    x.finish()
}

fn separator(x: &mut Xml, id: &str, kind: &str, mark: &str) {
    x.open("w:footnote", &[("w:type", kind), ("w:id", id)]);
    x.open("w:p", &[]);
    ParaProps {
        after: Some(0),
        line: Some(super::ooxml::Line::Auto(240)),
        ..ParaProps::default()
    }
    .write(x);
    x.open("w:r", &[]).empty(mark, &[]).close();
    x.close();
    x.close();
}
