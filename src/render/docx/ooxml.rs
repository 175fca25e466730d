//! Typed WordprocessingML pieces: run and paragraph properties written in ECMA-376
//! schema order (the order is fixed by the order of the writes below, checked by tests),
//! runs with text, tabs and breaks, and borderless fixed-width tables.

use super::xml::Xml;

/// Run properties (`w:rPr`). Only what this document uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunProps {
    pub style: Option<&'static str>,
    pub bold: bool,
    pub italic: bool,
    /// Half-points; `None` inherits from the paragraph style.
    pub size: Option<u32>,
}

impl RunProps {
    pub fn sized(size: u32) -> RunProps {
        RunProps {
            size: Some(size),
            ..RunProps::default()
        }
    }

    pub fn bold(mut self) -> RunProps {
        self.bold = true;
        self
    }

    pub fn italic(mut self) -> RunProps {
        self.italic = true;
        self
    }

    fn is_empty(&self) -> bool {
        *self == RunProps::default()
    }

    /// Writes `<w:rPr>` in schema order: rStyle, b, bCs, i, iCs, sz, szCs.
    pub fn write(&self, x: &mut Xml) {
        if self.is_empty() {
            return;
        }
        x.open("w:rPr", &[]);
        if let Some(style) = self.style {
            x.empty("w:rStyle", &[("w:val", style)]);
        }
        if self.bold {
            x.empty("w:b", &[]).empty("w:bCs", &[]);
        }
        if self.italic {
            x.empty("w:i", &[]).empty("w:iCs", &[]);
        }
        if let Some(size) = self.size {
            let v = size.to_string();
            x.empty("w:sz", &[("w:val", &v)])
                .empty("w:szCs", &[("w:val", &v)]);
        }
        x.close();
    }
}

/// Horizontal alignment (`w:jc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    Both,
}

impl Align {
    fn value(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Right => "right",
            Align::Both => "both",
        }
    }
}

/// Line spacing: auto (240ths of a line) or exact (twips).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Auto(u32),
    Exact(u32),
}

/// Paragraph properties (`w:pPr`). Only what this document uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParaProps {
    pub style: Option<&'static str>,
    pub keep_next: bool,
    /// A bottom border: the rule lines under the agency, the motto and the summary.
    pub rule: bool,
    /// A single-line box on all four sides: the urgency and circulation stamps.
    pub frame: bool,
    /// A top border: the full-width rule over the contact block.
    pub top_rule: bool,
    pub before: Option<u32>,
    pub after: Option<u32>,
    pub line: Option<Line>,
    /// Left and right indent (twips).
    pub sides: Option<(u32, u32)>,
    pub first_line: Option<u32>,
    pub align: Option<Align>,
    /// Properties of the paragraph mark.
    pub mark: RunProps,
}

impl ParaProps {
    pub fn styled(style: &'static str) -> ParaProps {
        ParaProps {
            style: Some(style),
            ..ParaProps::default()
        }
    }

    /// Writes `<w:pPr>` in schema order: pStyle, keepNext, pBdr, spacing, ind, jc, rPr.
    pub fn write(&self, x: &mut Xml) {
        if *self == ParaProps::default() {
            return;
        }
        x.open("w:pPr", &[]);
        if let Some(style) = self.style {
            x.empty("w:pStyle", &[("w:val", style)]);
        }
        if self.keep_next {
            x.empty("w:keepNext", &[]);
        }
        if self.rule || self.frame || self.top_rule {
            self.write_borders(x);
        }
        self.write_spacing(x);
        self.write_indent(x);
        if let Some(align) = self.align {
            x.empty("w:jc", &[("w:val", align.value())]);
        }
        self.mark.write(x);
        x.close();
    }

    /// `<w:pBdr>` in schema order: top, left, bottom, right. The rules keep their
    /// weight and one point of space; a frame has the mark's weight and room at the sides.
    fn write_borders(&self, x: &mut Xml) {
        use crate::nd30::{
            MARK_FRAME_SIDE_SPACE_PT, MARK_FRAME_SPACE_PT, MARK_FRAME_WEIGHT, RULE_WEIGHT,
        };
        let rule = RULE_WEIGHT.to_string();
        let frame = MARK_FRAME_WEIGHT.to_string();
        let space = MARK_FRAME_SPACE_PT.to_string();
        let side_space = MARK_FRAME_SIDE_SPACE_PT.to_string();
        let side = |x: &mut Xml, name: &str, weight: &str, space: &str| {
            x.empty(
                name,
                &[
                    ("w:val", "single"),
                    ("w:sz", weight),
                    ("w:space", space),
                    ("w:color", "000000"),
                ],
            );
        };
        x.open("w:pBdr", &[]);
        if self.frame {
            side(x, "w:top", &frame, &space);
            side(x, "w:left", &frame, &side_space);
            side(x, "w:bottom", &frame, &space);
            side(x, "w:right", &frame, &side_space);
        } else {
            if self.top_rule {
                side(x, "w:top", &rule, "1");
            }
            if self.rule {
                side(x, "w:bottom", &rule, "1");
            }
        }
        x.close();
    }

    fn write_spacing(&self, x: &mut Xml) {
        if self.before.is_none() && self.after.is_none() && self.line.is_none() {
            return;
        }
        let before = self.before.map(|v| v.to_string());
        let after = self.after.map(|v| v.to_string());
        let (line, rule) = match self.line {
            Some(Line::Auto(v)) => (Some(v.to_string()), Some("auto")),
            Some(Line::Exact(v)) => (Some(v.to_string()), Some("exact")),
            None => (None, None),
        };
        let mut attrs: Vec<(&str, &str)> = Vec::new();
        if let Some(v) = &before {
            attrs.push(("w:before", v));
        }
        if let Some(v) = &after {
            attrs.push(("w:after", v));
        }
        if let (Some(v), Some(r)) = (&line, rule) {
            attrs.push(("w:line", v));
            attrs.push(("w:lineRule", r));
        }
        x.empty("w:spacing", &attrs);
    }

    fn write_indent(&self, x: &mut Xml) {
        if self.sides.is_none() && self.first_line.is_none() {
            return;
        }
        let sides = self.sides.map(|(l, r)| (l.to_string(), r.to_string()));
        let first = self.first_line.map(|v| v.to_string());
        let mut attrs: Vec<(&str, &str)> = Vec::new();
        if let Some((l, r)) = &sides {
            attrs.push(("w:left", l));
            attrs.push(("w:right", r));
        }
        if let Some(f) = &first {
            attrs.push(("w:firstLine", f));
        }
        x.empty("w:ind", &attrs);
    }
}

/// A run of text. Tabs become `<w:tab/>`, line breaks (line feed, the vertical tab that
/// Word's Shift+Enter pastes) `<w:br/>`; other control characters are dropped.
pub fn run(x: &mut Xml, props: &RunProps, text: &str) {
    x.open("w:r", &[]);
    props.write(x);
    // the four are ASCII bytes, never inside another character's UTF-8: found as bytes
    let is_break = |b: &u8| matches!(b, b'\t' | b'\n' | 0x0B | b'\r');
    let mut rest = text;
    while let Some(at) = rest.as_bytes().iter().position(is_break) {
        text_element(x, &rest[..at]);
        match rest.as_bytes()[at] {
            b'\t' => {
                x.empty("w:tab", &[]);
            }
            b'\r' => {}
            _ => {
                x.empty("w:br", &[]);
            }
        }
        rest = &rest[at + 1..];
    }
    text_element(x, rest);
    x.close();
}

fn text_element(x: &mut Xml, piece: &str) {
    if !piece.is_empty() {
        x.leaf("w:t", &[("xml:space", "preserve")], piece);
    }
}

/// A paragraph of one run.
pub fn paragraph(x: &mut Xml, props: &ParaProps, run_props: &RunProps, text: &str) {
    x.open("w:p", &[]);
    props.write(x);
    if !text.is_empty() {
        run(x, run_props, text);
    }
    x.close();
}

/// Opens a borderless table of fixed column widths (twips), no cell margins at the sides.
/// Rows and cells follow with [`open_row`] and [`open_cell`].
pub fn open_table(x: &mut Xml, widths: &[u32]) {
    let total = widths.iter().sum::<u32>().to_string();
    x.open("w:tbl", &[]);
    // tblPr children in schema order: tblW, tblInd, tblBorders, tblLayout, tblCellMar, tblLook.
    x.open("w:tblPr", &[]);
    x.empty("w:tblW", &[("w:w", &total), ("w:type", "dxa")]);
    x.empty("w:tblInd", &[("w:w", "0"), ("w:type", "dxa")]);
    x.open("w:tblBorders", &[]);
    for side in [
        "w:top",
        "w:left",
        "w:bottom",
        "w:right",
        "w:insideH",
        "w:insideV",
    ] {
        x.empty(side, &[("w:val", "nil")]);
    }
    x.close();
    x.empty("w:tblLayout", &[("w:type", "fixed")]);
    close_table_props(x, 0, widths);
}

/// Ends a table's properties with its side cell margins (twips) and `tblLook`, then
/// writes its grid of fixed column widths (twips).
pub fn close_table_props(x: &mut Xml, side: u32, widths: &[u32]) {
    let side = side.to_string();
    x.open("w:tblCellMar", &[]);
    x.empty("w:left", &[("w:w", &side), ("w:type", "dxa")]);
    x.empty("w:right", &[("w:w", &side), ("w:type", "dxa")]);
    x.close();
    x.empty("w:tblLook", &[("w:val", "0000")]);
    x.close();
    x.open("w:tblGrid", &[]);
    for w in widths {
        x.empty("w:gridCol", &[("w:w", &w.to_string())]);
    }
    x.close();
}

/// Opens a row; `keep_together` stops it splitting across pages.
pub fn open_row(x: &mut Xml, keep_together: bool) {
    x.open("w:tr", &[]);
    if keep_together {
        x.open("w:trPr", &[]).empty("w:cantSplit", &[]).close();
    }
}

/// Opens a cell of `width` twips.
pub fn open_cell(x: &mut Xml, width: u32) {
    x.open("w:tc", &[]);
    x.open("w:tcPr", &[])
        .empty("w:tcW", &[("w:w", &width.to_string()), ("w:type", "dxa")])
        .close();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run's tab is `w:tab`, a line feed or vertical tab `w:br`, a carriage return
    /// nothing (a CRLF is one break); the text between is in `w:t`s, none empty.
    #[test]
    fn a_run_breaks_where_its_text_does() {
        let mut x = Xml::new();
        run(
            &mut x,
            &RunProps::default(),
            "Một\thai\nba\u{b}bốn\r\nnăm\r",
        );
        let xml = x.finish();
        let t = |s: &str| format!("<w:t xml:space=\"preserve\">{s}</w:t>");
        let expected = format!(
            "<w:r>{}<w:tab/>{}<w:br/>{}<w:br/>{}<w:br/>{}</w:r>",
            t("Một"),
            t("hai"),
            t("ba"),
            t("bốn"),
            t("năm")
        );
        assert!(xml.ends_with(&expected), "{xml}");
    }
}
