//! Numbers the Vietnamese way (CLDR `vi`: thousands ".", decimals ","; format-nd30 §8):
//! `1.231.500`, `65,2`, `-0,5`, held as exact decimals ([`Decimal`], 28 significant
//! digits) so that a sum, a difference, a ratio and its rounding are those a clerk gets by
//! hand: `0,1 + 0,2` is `0,3`, and `2,675` to two places is `2,68` (half away from zero on
//! the digits as written; binary floating point gives `2,67`). A small formatter of our
//! own rather than ICU4X: one rule, pinned by a property test (format then parse gives the
//! number back). Every operation that can overflow is checked: `None` is an error at the
//! place of the figure or cell that asked for it, never an empty text.

pub use rust_decimal::Decimal;
use rust_decimal::RoundingStrategy;

/// The most decimals a figure or a table column may print (format-nd30: "0 to 6").
pub const MAX_DECIMALS: u32 = 6;

/// `value` with `decimals` digits after the comma, rounded half away from zero.
pub fn format_vi(value: Decimal, decimals: u32) -> String {
    let rounded = round(value, decimals);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let plain = rounded.abs().to_string();
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 2);
    if negative {
        out.push('-');
    }
    out.push_str(&group(int));
    if decimals > 0 {
        out.push(',');
        out.push_str(frac);
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
    }
    out
}

/// `value` rounded half away from zero to `decimals` places, with exactly that scale.
pub fn round(value: Decimal, decimals: u32) -> Decimal {
    let mut r = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    // `round_dp` keeps a smaller scale as it is (1.5 to two places is 1.5): printing
    // needs exactly `decimals` digits (as far as 28 significant digits allow)
    r.rescale(decimals);
    r
}

/// The decimals a number was written with (`65.20` → 2, `1500` → 0).
pub fn decimals_of(value: Decimal) -> u32 {
    value.scale()
}

/// The exact decimal a YAML or spreadsheet number stands for: the shortest form that reads
/// back as `v` (`65.2`, not `65.2000000000000028`), which is what the clerk wrote.
/// `None` for a value that is not finite or has more than 28 significant digits before
/// the point (`1e300`).
pub fn from_f64(v: f64) -> Option<Decimal> {
    if !v.is_finite() {
        return None;
    }
    // `Display` of an f64 never uses an exponent: `1e21` is `1000000000000000000000`
    let written = format!("{v}");
    written.parse::<Decimal>().ok()
}

/// `a + b`, `a − b`, `a × b`, `a / b`; `None` on overflow (and division by zero).
pub fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_add(b)
}

pub fn sub(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_sub(b)
}

pub fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_mul(b)
}

pub fn div(a: Decimal, b: Decimal) -> Option<Decimal> {
    if b.is_zero() {
        return None;
    }
    a.checked_div(b)
}

/// `a / b × 100`; `None` when `b` is zero or on overflow.
pub fn percent(a: Decimal, b: Decimal) -> Option<Decimal> {
    // multiplied first, so that 1/3 × 100 keeps all its digits
    div(mul(a, Decimal::ONE_HUNDRED)?, b)
}

/// The sum of `values`; `None` on overflow.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    values.into_iter().try_fold(Decimal::ZERO, add)
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
/// separator. Returns the value and the number of decimals written; `None` for anything
/// else, and for a number past what 28 significant digits hold.
pub fn parse_vi(s: &str) -> Option<(Decimal, u32)> {
    let s = s.trim();
    let (negative, body) = match s.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
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
    if !digits(&int) || !digits(frac) || (body.ends_with([',', '.'])) {
        return None;
    }
    let plain = if frac.is_empty() {
        int.clone()
    } else {
        format!("{int}.{frac}")
    };
    let value = Decimal::from_str_exact(&plain).ok()?;
    Some((if negative { -value } else { value }, frac.len() as u32))
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

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn formats_the_vietnamese_way() {
        assert_eq!(format_vi(d("1231500"), 0), "1.231.500");
        assert_eq!(format_vi(d("65.2"), 1), "65,2");
        assert_eq!(format_vi(d("1629"), 0), "1.629");
        assert_eq!(format_vi(d("999"), 0), "999");
        assert_eq!(format_vi(d("-1234.5"), 2), "-1.234,50");
        assert_eq!(format_vi(d("0"), 1), "0,0");
        assert_eq!(format_vi(d("-0.04"), 1), "0,0");
        assert_eq!(
            format_vi(d("1000000000000000000000"), 0),
            "1.000.000.000.000.000.000.000"
        );
        assert_eq!(format_vi(d("0.00000015"), 8), "0,00000015");
        assert_eq!(format_vi(d("12.3456"), 2), "12,35");
    }

    #[test]
    fn rounds_half_away_from_zero_on_the_written_digits() {
        assert_eq!(format_vi(d("2.675"), 2), "2,68");
        assert_eq!(format_vi(d("0.125"), 2), "0,13");
        assert_eq!(format_vi(d("-0.125"), 2), "-0,13");
        assert_eq!(format_vi(d("0.124"), 2), "0,12");
        assert_eq!(format_vi(d("99.95"), 1), "100,0");
        assert_eq!(format_vi(d("999.5"), 0), "1.000");
        assert_eq!(format_vi(d("0.5"), 0), "1");
        assert_eq!(format_vi(d("-0.5"), 0), "-1");
        assert_eq!(format_vi(d("1.45"), 1), "1,5");
        assert_eq!(format_vi(d("0.1") + d("0.2"), 2), "0,30");
    }

    #[test]
    fn rounds_to_exactly_the_decimals_asked() {
        assert_eq!(round(d("1.5"), 2).to_string(), "1.50");
        assert_eq!(round(d("2.675"), 2).to_string(), "2.68");
        assert_eq!(round(d("-0.5"), 0).to_string(), "-1");
        assert_eq!(decimals_of(d("65.20")), 2);
        assert_eq!(decimals_of(d("1500")), 0);
        assert_eq!(decimals_of(d("0.125")), 3);
    }

    #[test]
    fn reads_what_the_clerk_wrote_from_a_float() {
        assert_eq!(from_f64(65.2), Some(d("65.2")));
        assert_eq!(
            from_f64(0.1 + 0.2).map(|v| format_vi(v, 1)),
            Some("0,3".into())
        );
        assert_eq!(from_f64(1e21), Some(d("1000000000000000000000")));
        assert_eq!(from_f64(1e300), None);
        assert_eq!(from_f64(f64::NAN), None);
        assert_eq!(from_f64(f64::INFINITY), None);
        assert_eq!(from_f64(-3.0), Some(d("-3")));
    }

    #[test]
    fn checked_arithmetic() {
        let max = Decimal::MAX;
        assert_eq!(add(max, Decimal::ONE), None);
        assert_eq!(sub(-max, Decimal::ONE), None);
        assert_eq!(mul(max, Decimal::TWO), None);
        assert_eq!(div(Decimal::ONE, Decimal::ZERO), None);
        assert_eq!(percent(Decimal::ONE, Decimal::ZERO), None);
        assert_eq!(sum([max, Decimal::ONE]), None);
        assert_eq!(sum([d("0.1"), d("0.2")]), Some(d("0.3")));
        assert_eq!(add(d("1.5"), d("2")), Some(d("3.5")));
        assert_eq!(sub(d("1.5"), d("2")), Some(d("-0.5")));
        assert_eq!(mul(d("1.5"), d("2")), Some(d("3.0")));
        assert_eq!(div(d("3"), d("2")), Some(d("1.5")));
        assert_eq!(
            percent(d("1"), d("3")).map(|v| format_vi(v, 4)),
            Some("33,3333".into())
        );
        assert_eq!(percent(d("93"), d("100")), Some(d("93")));
    }

    #[test]
    fn parses_both_ways_of_writing() {
        let p = |s: &str| parse_vi(s).map(|(v, n)| (v.to_string(), n));
        let w = |s: &str, n: u32| Some((s.to_string(), n));
        assert_eq!(p("1.231.500"), w("1231500", 0));
        assert_eq!(p("65,2"), w("65.2", 1));
        assert_eq!(p("1231500"), w("1231500", 0));
        assert_eq!(p("65.2"), w("65.2", 1));
        assert_eq!(p("1.500"), w("1500", 0));
        assert_eq!(p(" -1.234,50 "), w("-1234.50", 2));
        assert_eq!(p("+7"), w("7", 0));
        assert_eq!(p("\u{2212}7"), w("-7", 0));
        assert_eq!(p("1.2345"), w("1.2345", 4));
        // a group of three after a lead of three is thousands; a longer lead is a decimal
        assert_eq!(p("123.456"), w("123456", 0));
        assert_eq!(p("1234.567"), w("1234.567", 3));
        for bad in [
            "",
            "-",
            "abc",
            "1,2,3",
            "1.23.4",
            "1..2",
            "1,",
            "1.",
            ",5",
            "12a",
            "1 000",
            "1_000",
            "1_0,5",
            "99999999999999999999999999999999",
        ] {
            assert_eq!(parse_vi(bad), None, "{bad}");
        }
    }
}
