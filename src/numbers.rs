//! Numbers the Vietnamese way (CLDR `vi`: thousands ".", decimals ","; format-nd30 §8):
//! `1.231.500`, `65,2`, `-0,5`. A small formatter of our own rather than ICU4X: one rule,
//! pinned by a property test (format then parse gives the number back), and rounding on
//! the decimal digits as written, half away from zero (`2,675` to two places is `2,68`),
//! which is what a clerk checking by hand expects; binary rounding would give `2,67`.

/// `value` with `decimals` digits after the comma, rounded half away from zero on its
/// shortest decimal form. `None` for a value that is not finite.
pub fn format_vi(value: f64, decimals: usize) -> Option<String> {
    if !value.is_finite() {
        return None;
    }
    let (negative, int, frac) = round_digits(value, decimals);
    let mut out = String::new();
    let zero = int.bytes().all(|b| b == b'0') && frac.bytes().all(|b| b == b'0');
    if negative && !zero {
        out.push('-');
    }
    out.push_str(&group(&int));
    if decimals > 0 {
        out.push(',');
        out.push_str(&frac);
    }
    Some(out)
}

/// The integer digits and exactly `decimals` fraction digits of `|value|`, rounded half
/// away from zero, and whether it is negative.
fn round_digits(value: f64, decimals: usize) -> (bool, String, String) {
    let negative = value < 0.0;
    let plain = plain_decimal(value.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut digits: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let int_len = int.len();
    let keep = int_len + decimals;
    let round_up = digits.get(keep).is_some_and(|&d| d >= 5);
    digits.resize(keep, 0);
    let mut int_len = int_len;
    if round_up {
        let mut i = keep;
        loop {
            if i == 0 {
                digits.insert(0, 1);
                int_len += 1;
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    let (int, frac) = text.split_at(int_len);
    let int = int.trim_start_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    (negative, int.to_string(), frac.to_string())
}

/// The shortest decimal form of a finite, non-negative `v` without an exponent.
fn plain_decimal(v: f64) -> String {
    let s = format!("{v:?}");
    let Some((mantissa, exp)) = s.split_once('e') else {
        return s;
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i32 + exp;
    if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    }
}

/// `1231500` → `1.231.500`.
fn group(int: &str) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A number written the Vietnamese way (`1.231.500`, `65,2`, `-0,5`), or plainly as a
/// spreadsheet exports it (`1231500`, `65.2`); spaces around it are ignored. A single dot
/// followed by exactly three digits (`1.500`) is read the Vietnamese way, as a thousands
/// separator. Returns the value and the number of decimals written.
pub fn parse_vi(s: &str) -> Option<(f64, usize)> {
    let s = s.trim();
    let (negative, body) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if body.is_empty() || !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int, frac) = if let Some((int, frac)) = body.split_once(',') {
        (ungroup(int)?, frac)
    } else if let Some(int) = ungroup(body).filter(|_| body.contains('.')) {
        (int, "")
    } else if let Some((int, frac)) = body.split_once('.') {
        (int.to_string(), frac)
    } else {
        (body.to_string(), "")
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(&int) || !digits(frac) || (body.ends_with([',', '.'])) {
        return None;
    }
    let plain = if frac.is_empty() {
        int.clone()
    } else {
        format!("{int}.{frac}")
    };
    let value: f64 = plain.parse().ok()?;
    Some((if negative { -value } else { value }, frac.len()))
}

/// `1.231.500` → `1231500` when the dots group by three; digits alone pass as they are.
fn ungroup(int: &str) -> Option<String> {
    let mut groups = int.split('.');
    let lead = groups.next()?;
    if lead.is_empty() || (int.contains('.') && lead.len() > 3) {
        return None;
    }
    let mut out = lead.to_string();
    for g in groups {
        if g.len() != 3 {
            return None;
        }
        out.push_str(g);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_vietnamese_way() {
        assert_eq!(format_vi(1231500.0, 0).unwrap(), "1.231.500");
        assert_eq!(format_vi(65.2, 1).unwrap(), "65,2");
        assert_eq!(format_vi(1629.0, 0).unwrap(), "1.629");
        assert_eq!(format_vi(999.0, 0).unwrap(), "999");
        assert_eq!(format_vi(-1234.5, 2).unwrap(), "-1.234,50");
        assert_eq!(format_vi(0.0, 1).unwrap(), "0,0");
        assert_eq!(format_vi(-0.04, 1).unwrap(), "0,0");
        assert_eq!(format_vi(1e21, 0).unwrap(), "1.000.000.000.000.000.000.000");
        assert_eq!(format_vi(1.5e-7, 8).unwrap(), "0,00000015");
        assert_eq!(format_vi(f64::NAN, 0), None);
        assert_eq!(format_vi(f64::INFINITY, 0), None);
    }

    #[test]
    fn rounds_half_away_from_zero_on_the_written_digits() {
        assert_eq!(format_vi(2.675, 2).unwrap(), "2,68");
        assert_eq!(format_vi(0.125, 2).unwrap(), "0,13");
        assert_eq!(format_vi(-0.125, 2).unwrap(), "-0,13");
        assert_eq!(format_vi(0.124, 2).unwrap(), "0,12");
        assert_eq!(format_vi(99.95, 1).unwrap(), "100,0");
        assert_eq!(format_vi(999.5, 0).unwrap(), "1.000");
        assert_eq!(format_vi(0.5, 0).unwrap(), "1");
        assert_eq!(format_vi(1.45, 1).unwrap(), "1,5");
        assert_eq!(format_vi(0.1 + 0.2, 2).unwrap(), "0,30");
    }

    #[test]
    fn parses_both_ways_of_writing() {
        assert_eq!(parse_vi("1.231.500"), Some((1231500.0, 0)));
        assert_eq!(parse_vi("65,2"), Some((65.2, 1)));
        assert_eq!(parse_vi("1231500"), Some((1231500.0, 0)));
        assert_eq!(parse_vi("65.2"), Some((65.2, 1)));
        assert_eq!(parse_vi("1.500"), Some((1500.0, 0)));
        assert_eq!(parse_vi(" -1.234,50 "), Some((-1234.5, 2)));
        assert_eq!(parse_vi("1.2345"), Some((1.2345, 4)));
        // a group of three after a lead of three is thousands; a longer lead is a decimal
        assert_eq!(parse_vi("123.456"), Some((123456.0, 0)));
        assert_eq!(parse_vi("1234.567"), Some((1234.567, 3)));
        for bad in [
            "", "-", "abc", "1,2,3", "1.23.4", "1..2", "1,", "1.", ",5", "12a", "1 000",
        ] {
            assert_eq!(parse_vi(bad), None, "{bad}");
        }
    }
}
