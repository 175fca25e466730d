//! The numbers the DOCX writer uses, worked out once from the report's [`PageSetup`] and
//! the fixed facts of [`crate::nd30`].

use crate::nd30::{self, EM_CAPITAL, EM_LOWER, EM_PUNCT, EM_SPACE, PageSetup, half_points, mm, pt};

/// Lengths in twips, sizes in half-points.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub margins: [u32; 4],
    pub text_width: u32,
    pub header_left: u32,
    pub header_right: u32,
    pub closing_left: u32,
    pub closing_right: u32,
    pub size_body: u32,
    pub size_national_title: u32,
    pub size_motto: u32,
    pub size_place_date: u32,
    /// Type, summary, addressee, signer and page number take the body size (13–14 pt).
    pub size_title: u32,
    pub first_line: u32,
    pub space_before: u32,
    /// Line spacing in 240ths of a line.
    pub line: u32,
    /// Text in table cells.
    pub size_table: u32,
    /// The report's own pages are landscape.
    pub landscape: bool,
}

impl Geometry {
    pub fn new(page: &PageSetup) -> Geometry {
        let text_width = page.text_width();
        let header_right = mm(nd30::HEADER_RIGHT_MM).min(text_width);
        let closing_left = mm(nd30::CLOSING_LEFT_MM).min(text_width / 2);
        let (national, motto, place_date) = page.header_sizes.points();
        let body = half_points(page.body_size_pt);
        Geometry {
            margins: page.margins_mm.map(mm),
            text_width,
            header_left: text_width - header_right,
            header_right,
            closing_left,
            closing_right: text_width - closing_left,
            size_body: body,
            size_national_title: half_points(national),
            size_motto: half_points(motto),
            size_place_date: half_points(place_date),
            size_title: body,
            first_line: (page.first_line_indent_cm * 10.0 * nd30::TWIPS_PER_MM).round() as u32,
            space_before: pt(page.paragraph_spacing_pt),
            line: (page.line_spacing * 240.0).round() as u32,
            size_table: half_points(page.table_size_pt),
            landscape: page.landscape,
        }
    }
}

/// Approximate printed width of `text` in bold Times New Roman at `size` half-points.
pub fn text_width(text: &str, size: u32) -> u32 {
    let ems: f64 = text
        .chars()
        .map(|c| {
            if c == ' ' {
                EM_SPACE
            } else if c.is_uppercase() {
                EM_CAPITAL
            } else if c.is_alphanumeric() {
                EM_LOWER
            } else {
                EM_PUNCT
            }
        })
        .sum();
    // one em = the font size; size is in half-points, a point is 20 twips
    (ems * size as f64 * 10.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_geometry() {
        let g = Geometry::new(&PageSetup::default());
        assert_eq!(g.margins, [1134, 1134, 1701, 850]);
        assert_eq!((g.header_left, g.header_right), (3686, 5669));
        assert_eq!(g.first_line, 567);
        assert_eq!((g.space_before, g.line, g.size_body), (120, 240, 28));
    }
}
