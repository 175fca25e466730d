//! Marker styles for numbered levels, as the data names them: `"I."`, `"1."`, `"1)"`,
//! `"a)"`, `"a."`, or a fixed bullet `"-"`, `"+"`, `"*"`, or `""` for no marker.
//! Letters follow the Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k, …), as
//! Decree 30/2020 Phụ lục I §II.6.đ prescribes for points (điểm).

/// How the items of one level are marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkerStyle {
    /// `I.`, `II.`, …
    Roman,
    /// `1.`, `2.`, …
    ArabicDot,
    /// `1)`, `2)`, …
    ArabicParen,
    /// `a)`, `b)`, …
    LetterParen,
    /// `a.`, `b.`, …
    LetterDot,
    /// The same sign before every item (`-`, `+`, `*`).
    Bullet(char),
    /// No marker.
    None,
}

/// The style names the data may use, for messages.
pub const STYLE_NAMES: &[&str] = &["I.", "1.", "1)", "a)", "a.", "-", "+", "*", ""];

const VIETNAMESE_LETTERS: &[&str] = &[
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

impl MarkerStyle {
    /// Parses a style name from the data.
    pub fn parse(name: &str) -> Option<MarkerStyle> {
        Some(match name {
            "I." => MarkerStyle::Roman,
            "1." => MarkerStyle::ArabicDot,
            "1)" => MarkerStyle::ArabicParen,
            "a)" => MarkerStyle::LetterParen,
            "a." => MarkerStyle::LetterDot,
            "-" => MarkerStyle::Bullet('-'),
            "+" => MarkerStyle::Bullet('+'),
            "*" => MarkerStyle::Bullet('*'),
            "" => MarkerStyle::None,
            _ => return None,
        })
    }

    /// The marker of the `n`-th item (1-based), or `None` for an unmarked level.
    pub fn marker(&self, n: usize) -> Option<String> {
        match self {
            MarkerStyle::Roman => Some(format!("{}.", roman(n))),
            MarkerStyle::ArabicDot => Some(format!("{n}.")),
            MarkerStyle::ArabicParen => Some(format!("{n})")),
            MarkerStyle::LetterParen => Some(format!("{})", letters(n))),
            MarkerStyle::LetterDot => Some(format!("{}.", letters(n))),
            MarkerStyle::Bullet(c) => Some(c.to_string()),
            MarkerStyle::None => None,
        }
    }
}

/// Upper-case Roman numeral of `n` (1 ≤ n; 0 gives an empty string).
pub fn roman(mut n: usize) -> String {
    const TABLE: &[(usize, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Vietnamese letter sequence: a … y, then aa, ab, … (bijective base 23).
fn letters(mut n: usize) -> String {
    let base = VIETNAMESE_LETTERS.len();
    let mut parts = Vec::new();
    while n > 0 {
        n -= 1;
        parts.push(VIETNAMESE_LETTERS[n % base]);
        n /= base;
    }
    parts.reverse();
    parts.concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_name_parses() {
        for name in STYLE_NAMES {
            assert!(MarkerStyle::parse(name).is_some(), "{name}");
        }
        assert_eq!(MarkerStyle::parse("1-"), None);
    }

    #[test]
    fn roman_numerals() {
        let got: Vec<_> = [1, 2, 3, 4, 9, 14, 40, 1999]
            .iter()
            .map(|&n| MarkerStyle::Roman.marker(n).unwrap())
            .collect();
        assert_eq!(
            got,
            ["I.", "II.", "III.", "IV.", "IX.", "XIV.", "XL.", "MCMXCIX."]
        );
    }

    #[test]
    fn vietnamese_letters_skip_f_j_w_z_and_include_dj() {
        let got: Vec<_> = (1..=9)
            .map(|n| MarkerStyle::LetterParen.marker(n).unwrap())
            .collect();
        assert_eq!(got, ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)"]);
        assert_eq!(MarkerStyle::LetterDot.marker(24).unwrap(), "aa.");
    }

    #[test]
    fn bullets_and_none() {
        assert_eq!(MarkerStyle::Bullet('*').marker(7).unwrap(), "*");
        assert_eq!(MarkerStyle::None.marker(1), None);
        assert_eq!(MarkerStyle::ArabicParen.marker(11).unwrap(), "11)");
    }
}
