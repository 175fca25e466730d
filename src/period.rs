//! A reporting period (kỳ báo cáo): a month, a quarter, the first 6 months, the first 9
//! months or a year, as `report init --period` and report.yaml's `period:` name it
//! (`2026-09`, `2026-q3`, `2026-6t` or `2026-h1`, `2026-9t`, `2026`). It gives the period's
//! words as a report writes them ("quý III năm 2026"), its neighbours (the period before,
//! the same period a year before), and its data cut-off (thời gian chốt số liệu) by the
//! reporting regime of Decree 09/2019/NĐ-CP, article 12. Calendar arithmetic is the
//! `time` crate's.

use time::{Date, Month};

/// Which part of a year a period covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// One month, 1–12.
    Month(u8),
    /// One quarter, 1–4.
    Quarter(u8),
    /// The first six months (6 tháng đầu năm).
    Half,
    /// The first nine months (9 tháng).
    NineMonths,
    Year,
}

/// A reporting period of a year from 1901 to 9999.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub year: i32,
    pub span: Span,
}

/// The quarters as a report numbers them.
pub const QUARTERS: [&str; 4] = ["I", "II", "III", "IV"];

/// The years a period may have: a cut-off starts in the year before, dates have four
/// digits.
const YEARS: std::ops::RangeInclusive<i32> = 1901..=9999;

impl Period {
    /// `2026-09`, `2026-q3` (or `Q3`), `2026-6t` (or `h1`), `2026-9t`, `2026`.
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim().to_ascii_lowercase();
        let (year, rest) = match s.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (s.as_str(), None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year.parse().ok()?;
        if !YEARS.contains(&year) {
            return None;
        }
        let span = match rest {
            None => Span::Year,
            Some("6t" | "h1") => Span::Half,
            Some("9t") => Span::NineMonths,
            Some(q) if q.len() == 2 && q.starts_with('q') => match q.as_bytes()[1] {
                n @ b'1'..=b'4' => Span::Quarter(n - b'0'),
                _ => return None,
            },
            Some(m) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
                match m.parse::<u8>().ok()? {
                    n @ 1..=12 => Span::Month(n),
                    _ => return None,
                }
            }
            Some(_) => return None,
        };
        Some(Period { year, span })
    }

    /// The period a folder's name ends with (`xa-tan-phu-dong-2024-q3`, `2021-04`,
    /// `bao-cao-2026-9t`, `2025`), if any.
    pub fn of_folder(name: &str) -> Option<Period> {
        let name = name.to_ascii_lowercase();
        let parts: Vec<&str> = name.split(['-', '_']).collect();
        let n = parts.len();
        if n >= 2 && parts[n - 2].len() == 4 {
            let period = Period::parse(&format!("{}-{}", parts[n - 2], parts[n - 1]));
            if period.is_some() {
                return period;
            }
        }
        Period::parse(parts[n - 1])
    }

    /// As a folder name and `period:` write it: `2026-09`, `2026-q3`, `2026-6t`,
    /// `2026-9t`, `2026`.
    pub fn slug(self) -> String {
        let year = self.year;
        match self.span {
            Span::Month(m) => format!("{year}-{m:02}"),
            Span::Quarter(q) => format!("{year}-q{q}"),
            Span::Half => format!("{year}-6t"),
            Span::NineMonths => format!("{year}-9t"),
            Span::Year => format!("{year}"),
        }
    }

    /// As a report writes it: "tháng 9 năm 2026", "quý III năm 2026", "6 tháng đầu năm
    /// 2026", "9 tháng năm 2026", "năm 2026".
    pub fn words(self) -> String {
        let year = self.year;
        match self.span {
            Span::Month(m) => format!("tháng {m} năm {year}"),
            Span::Quarter(q) => format!("quý {} năm {year}", QUARTERS[usize::from(q - 1)]),
            Span::Half => format!("6 tháng đầu năm {year}"),
            Span::NineMonths => format!("9 tháng năm {year}"),
            Span::Year => format!("năm {year}"),
        }
    }

    /// The period of the same kind just before: the month, quarter or year before; the
    /// first 6 or 9 months of the year before.
    pub fn previous(self) -> Option<Period> {
        let (year, span) = match self.span {
            Span::Month(1) => (self.year - 1, Span::Month(12)),
            Span::Month(m) => (self.year, Span::Month(m - 1)),
            Span::Quarter(1) => (self.year - 1, Span::Quarter(4)),
            Span::Quarter(q) => (self.year, Span::Quarter(q - 1)),
            span => (self.year - 1, span),
        };
        YEARS.contains(&year).then_some(Period { year, span })
    }

    /// The period of the same kind just after.
    pub fn next(self) -> Option<Period> {
        let (year, span) = match self.span {
            Span::Month(12) => (self.year + 1, Span::Month(1)),
            Span::Month(m) => (self.year, Span::Month(m + 1)),
            Span::Quarter(4) => (self.year + 1, Span::Quarter(1)),
            Span::Quarter(q) => (self.year, Span::Quarter(q + 1)),
            span => (self.year + 1, span),
        };
        YEARS.contains(&year).then_some(Period { year, span })
    }

    /// The period of the same kind `months` later (earlier when negative): `None` when
    /// `months` is not a whole number of such periods, or past the periods' years.
    pub fn shifted(self, months: i32) -> Option<Period> {
        let (year, span) = match self.span {
            Span::Month(m) => {
                let total = self.year * 12 + i32::from(m) - 1 + months;
                (
                    total.div_euclid(12),
                    Span::Month((total.rem_euclid(12) + 1) as u8),
                )
            }
            Span::Quarter(q) if months % 3 == 0 => {
                let total = self.year * 4 + i32::from(q) - 1 + months / 3;
                (
                    total.div_euclid(4),
                    Span::Quarter((total.rem_euclid(4) + 1) as u8),
                )
            }
            span if months % 12 == 0 && !matches!(span, Span::Quarter(_)) => {
                (self.year + months / 12, span)
            }
            _ => return None,
        };
        YEARS.contains(&year).then_some(Period { year, span })
    }

    /// Whether both are months, both quarters, or both the same part of a year.
    pub fn same_kind(self, other: Period) -> bool {
        std::mem::discriminant(&self.span) == std::mem::discriminant(&other.span)
    }

    /// The same period a year before (cùng kỳ năm trước).
    pub fn a_year_before(self) -> Option<Period> {
        let year = self.year - 1;
        YEARS.contains(&year).then_some(Period { year, ..self })
    }

    /// The period's last month, 1–12.
    pub fn last_month(self) -> u8 {
        match self.span {
            Span::Month(m) => m,
            Span::Quarter(q) => q * 3,
            Span::Half => 6,
            Span::NineMonths => 9,
            Span::Year => 12,
        }
    }

    /// The period's first month, 1–12.
    pub fn first_month(self) -> u8 {
        match self.span {
            Span::Month(m) => m,
            Span::Quarter(q) => q * 3 - 2,
            Span::Half | Span::NineMonths | Span::Year => 1,
        }
    }

    /// The data cut-off of Decree 09/2019/NĐ-CP, article 12, both days included: from the
    /// 15th of the month before the period to the 14th of its last month (a month: 15/8
    /// to 14/9; quarter III: 15/6 to 14/9; 6 months: 15/12 of the year before to 14/6;
    /// a year: 15/12 of the year before to 14/12). The decree names months, quarters,
    /// 6 months and years; 9 months follows the same rule (15/12 to 14/9).
    pub fn cut_off(self) -> (Date, Date) {
        let first = self.first_month();
        let (from_year, from_month) = if first == 1 {
            (self.year - 1, 12)
        } else {
            (self.year, first - 1)
        };
        (
            date(from_year, from_month, 15),
            date(self.year, self.last_month(), 14),
        )
    }

    /// The day a new report of the period is dated by default: the day after its
    /// cut-off, when its figures are complete.
    pub fn default_date(self) -> Date {
        date(self.year, self.last_month(), 15)
    }
}

/// The name that prints the first day of the cut-off (`[=ky-tu-ngay]`).
pub const CUT_OFF_FROM: &str = "ky-tu-ngay";
/// The name that prints the last day of the cut-off (`[=ky-den-ngay]`).
pub const CUT_OFF_TO: &str = "ky-den-ngay";

/// Whether `name` is one of the cut-off's names, kept from the figures.
pub fn is_cut_off_name(name: &str) -> bool {
    name == CUT_OFF_FROM || name == CUT_OFF_TO
}

impl Period {
    /// What `[=ky-tu-ngay]` and `[=ky-den-ngay]` print (`15/06/2026`), `None` for
    /// another name.
    pub fn cut_off_text(self, name: &str) -> Option<String> {
        let (from, to) = self.cut_off();
        match name {
            CUT_OFF_FROM => Some(day_month_year(from)),
            CUT_OFF_TO => Some(day_month_year(to)),
            _ => None,
        }
    }
}

/// A date of the periods' years (the 14th and 15th exist in every month).
fn date(year: i32, month: u8, day: u8) -> Date {
    let month = Month::try_from(month).unwrap_or(Month::January);
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MIN)
}

/// `dd/mm/yyyy`, as the cut-off is printed.
pub fn day_month_year(d: Date) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), u8::from(d.month()), d.year())
}

/// The same day of the month `months` later (earlier when negative), clamped to the
/// month's length (31/1 + 1 month = 28/2 or 29/2); `None` outside the periods' years.
pub fn shift_months(d: Date, months: i32) -> Option<Date> {
    let total = d.year() * 12 + i32::from(u8::from(d.month())) - 1 + months;
    let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
    if !YEARS.contains(&year) {
        return None;
    }
    let month = Month::try_from(month).ok()?;
    let day = d.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).ok()
}

/// How many months from the end of `from` to the end of `to`.
pub fn months_between(from: Period, to: Period) -> i32 {
    (to.year - from.year) * 12 + i32::from(to.last_month()) - i32::from(from.last_month())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap_or_else(|| panic!("{s}"))
    }

    #[test]
    fn every_kind_parses_and_prints_back() {
        for (text, words) in [
            ("2026-09", "tháng 9 năm 2026"),
            ("2026-01", "tháng 1 năm 2026"),
            ("2026-q3", "quý III năm 2026"),
            ("2026-q4", "quý IV năm 2026"),
            ("2026-6t", "6 tháng đầu năm 2026"),
            ("2026-9t", "9 tháng năm 2026"),
            ("2026", "năm 2026"),
        ] {
            assert_eq!(p(text).words(), words);
            assert_eq!(p(text).slug(), text);
        }
        assert_eq!(p("2026-H1"), p("2026-6t"));
        assert_eq!(p(" 2026-Q2 "), p("2026-q2"));
        for bad in [
            "",
            "26",
            "2026-13",
            "2026-00",
            "2026-9",
            "2026-q5",
            "2026-q0",
            "2026-h2",
            "2026-3t",
            "1900",
            "10000",
            "02026",
            "2026-",
            "-2026",
            "2026-09-01",
            "２０２６",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_folder_names_its_period_at_its_end() {
        assert_eq!(
            Period::of_folder("xa-tan-phu-dong-2024-q3"),
            Some(p("2024-q3"))
        );
        assert_eq!(Period::of_folder("2021-04"), Some(p("2021-04")));
        assert_eq!(Period::of_folder("xa-tan-phu-dong-2025"), Some(p("2025")));
        assert_eq!(Period::of_folder("bao_cao_2026_9T"), Some(p("2026-9t")));
        assert_eq!(Period::of_folder("bao-cao"), None);
        assert_eq!(Period::of_folder("du-thao-co-dau"), None);
    }

    #[test]
    fn neighbours_across_year_ends() {
        assert_eq!(p("2026-01").previous(), Some(p("2025-12")));
        assert_eq!(p("2025-12").next(), Some(p("2026-01")));
        assert_eq!(p("2026-q1").previous(), Some(p("2025-q4")));
        assert_eq!(p("2025-q4").next(), Some(p("2026-q1")));
        assert_eq!(p("2026-q3").previous(), Some(p("2026-q2")));
        assert_eq!(p("2026-09").previous(), Some(p("2026-08")));
        assert_eq!(p("2026-09").next(), Some(p("2026-10")));
        assert_eq!(p("2026-q2").next(), Some(p("2026-q3")));
        assert_eq!(p("2026-09").a_year_before(), Some(p("2025-09")));
        assert_eq!(p("1901-05").a_year_before(), None);
        assert_eq!(p("2026-6t").previous(), Some(p("2025-6t")));
        assert_eq!(p("2026-9t").next(), Some(p("2027-9t")));
        assert_eq!(p("2026").previous(), Some(p("2025")));
        assert_eq!(p("2026-q3").a_year_before(), Some(p("2025-q3")));
        assert_eq!(p("1901").previous(), None);
        assert_eq!(p("2024-11").shifted(3), Some(p("2025-02")));
        assert_eq!(p("2024-q4").shifted(3), Some(p("2025-q1")));
        assert_eq!(p("2024-q3").shifted(24), Some(p("2026-q3")));
        assert_eq!(p("2024-q3").shifted(1), None);
        assert_eq!(p("2024").shifted(12), Some(p("2025")));
        assert_eq!(p("2024-6t").shifted(-12), Some(p("2023-6t")));
        assert_eq!(p("2024").shifted(6), None);
        assert!(p("2024-q1").same_kind(p("2026-q3")));
        assert!(!p("2024-q1").same_kind(p("2024-01")));
        assert_eq!(p("9999-12").next(), None);
    }

    #[test]
    fn cut_offs_of_decree_09() {
        let cut = |s: &str| {
            let (from, to) = p(s).cut_off();
            (day_month_year(from), day_month_year(to))
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(cut("2026-09"), pair("15/08/2026", "14/09/2026"));
        assert_eq!(cut("2026-01"), pair("15/12/2025", "14/01/2026"));
        assert_eq!(cut("2026-03"), pair("15/02/2026", "14/03/2026"));
        assert_eq!(cut("2026-q1"), pair("15/12/2025", "14/03/2026"));
        assert_eq!(cut("2026-q3"), pair("15/06/2026", "14/09/2026"));
        assert_eq!(cut("2026-q4"), pair("15/09/2026", "14/12/2026"));
        assert_eq!(cut("2026-6t"), pair("15/12/2025", "14/06/2026"));
        assert_eq!(cut("2026-9t"), pair("15/12/2025", "14/09/2026"));
        assert_eq!(cut("2026"), pair("15/12/2025", "14/12/2026"));
        assert_eq!(day_month_year(p("2024-q1").default_date()), "15/03/2024");
    }

    #[test]
    fn months_shift_clamped_to_the_month() {
        let d = |y, m, day| date(y, m, day);
        assert_eq!(shift_months(d(2024, 1, 31), 1), Some(d(2024, 2, 29)));
        assert_eq!(shift_months(d(2025, 1, 31), 1), Some(d(2025, 2, 28)));
        assert_eq!(shift_months(d(2024, 11, 30), 3), Some(d(2025, 2, 28)));
        assert_eq!(shift_months(d(2024, 2, 29), 12), Some(d(2025, 2, 28)));
        assert_eq!(shift_months(d(2024, 3, 31), -1), Some(d(2024, 2, 29)));
        assert_eq!(shift_months(d(2021, 12, 5), 1), Some(d(2022, 1, 5)));
        assert_eq!(shift_months(d(9999, 12, 31), 1), None);
        assert_eq!(months_between(p("2024-q3"), p("2026-q3")), 24);
        assert_eq!(months_between(p("2026-08"), p("2026-q3")), 1);
        assert_eq!(months_between(p("2025"), p("2026-6t")), 6);
        assert_eq!(months_between(p("2026-q3"), p("2026-08")), -1);
    }
}
