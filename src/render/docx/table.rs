//! Data tables (format-nd30 §15): a title and a unit line above, then a fixed grid that
//! fits the text width of its section, single 0.5 pt rules all round and inside, header
//! rows repeated on every page, no row split across pages, merged cells through
//! `gridSpan` and `vMerge`, Times New Roman at the table size in every cell.

use super::ooxml::{Align, Line, ParaProps, RunProps, close_table_props};
use super::parts::STYLE_PLAIN;
use super::runs::spans;
use super::xml::Xml;
use crate::document::{Merge, Table, TableCell};
use crate::model::CellAlign;
use crate::nd30::*;

/// Writes `t` for a section whose text is `text_width` twips wide; cell text at `size`
/// half-points.
pub fn table(x: &mut Xml, t: &Table, text_width: u32, size: u32) {
    let above = ParaProps {
        keep_next: true,
        before: Some(TABLE_TITLE_SPACE_BEFORE),
        ..ParaProps::styled(STYLE_PLAIN)
    };
    if let Some(title) = &t.title {
        x.open("w:p", &[]);
        above.write(x);
        spans(x, title, None);
        x.close();
    }
    if let Some(unit) = &t.unit {
        x.open("w:p", &[]);
        ParaProps {
            align: Some(Align::Right),
            before: Some(if t.title.is_some() {
                0
            } else {
                TABLE_TITLE_SPACE_BEFORE
            }),
            ..above
        }
        .write(x);
        spans(x, unit, None);
        x.close();
    }
    let widths = grid_widths(&t.widths, text_width);
    open_table(x, &widths);
    for (r, row) in t.rows.iter().enumerate() {
        x.open("w:tr", &[]);
        x.open("w:trPr", &[]).empty("w:cantSplit", &[]);
        if r < t.header_rows {
            x.empty("w:tblHeader", &[]);
        }
        x.close();
        for cell in row {
            let width = widths[cell.columns()].iter().sum();
            self::cell(x, cell, width, size);
        }
        x.close();
    }
    x.close();
}

/// Column widths in twips from relative weights: the whole text width, the rounding
/// left over given to the last column.
pub fn grid_widths(weights: &[f64], text_width: u32) -> Vec<u32> {
    let total: f64 = weights.iter().sum();
    let mut widths: Vec<u32> = weights
        .iter()
        .map(|w| ((w / total) * f64::from(text_width)).floor().max(1.0) as u32)
        .collect();
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last = (*last + text_width.saturating_sub(used)).max(1);
    }
    widths
}

fn open_table(x: &mut Xml, widths: &[u32]) {
    let total = widths.iter().sum::<u32>().to_string();
    x.open("w:tbl", &[]);
    // tblPr children in schema order: tblW, jc, tblBorders, tblLayout, tblCellMar, tblLook.
    x.open("w:tblPr", &[]);
    x.empty("w:tblW", &[("w:w", &total), ("w:type", "dxa")]);
    x.empty("w:jc", &[("w:val", "center")]);
    x.open("w:tblBorders", &[]);
    let weight = TABLE_BORDER.to_string();
    for side in [
        "w:top",
        "w:left",
        "w:bottom",
        "w:right",
        "w:insideH",
        "w:insideV",
    ] {
        x.empty(
            side,
            &[
                ("w:val", "single"),
                ("w:sz", &weight),
                ("w:space", "0"),
                ("w:color", "000000"),
            ],
        );
    }
    x.close();
    x.empty("w:tblLayout", &[("w:type", "fixed")]);
    close_table_props(x, TABLE_CELL_SIDE_MARGIN, widths);
}

fn cell(x: &mut Xml, cell: &TableCell, width: u32, size: u32) {
    x.open("w:tc", &[]);
    // tcPr children in schema order: tcW, gridSpan, vMerge, vAlign.
    x.open("w:tcPr", &[]);
    x.empty("w:tcW", &[("w:w", &width.to_string()), ("w:type", "dxa")]);
    if cell.span > 1 {
        x.empty("w:gridSpan", &[("w:val", &cell.span.to_string())]);
    }
    match cell.merge() {
        Merge::None => {}
        Merge::Restart(_) => {
            x.empty("w:vMerge", &[("w:val", "restart")]);
        }
        Merge::Continue => {
            x.empty("w:vMerge", &[]);
        }
    }
    x.empty("w:vAlign", &[("w:val", "center")]);
    x.close();
    x.open("w:p", &[]);
    ParaProps {
        before: Some(TABLE_CELL_SPACE),
        after: Some(TABLE_CELL_SPACE),
        line: Some(Line::Auto(240)),
        first_line: Some(0),
        align: Some(match cell.align {
            CellAlign::Left => Align::Left,
            CellAlign::Center => Align::Center,
            CellAlign::Right => Align::Right,
        }),
        mark: RunProps::sized(size),
        ..ParaProps::styled(STYLE_PLAIN)
    }
    .write(x);
    spans(x, &cell.spans(), Some(size));
    x.close();
    x.close();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_fills_the_text_width_exactly() {
        let w = grid_widths(&[1.0, 4.0, 2.0, 2.0], 9355);
        assert_eq!(w.iter().sum::<u32>(), 9355);
        assert_eq!(w[0], 1039);
        let w = grid_widths(&[1.0; 7], 14287);
        assert_eq!(w.iter().sum::<u32>(), 14287);
        assert!(w.iter().all(|&c| c >= 2041));
    }
}
