//! Checks on the numbers of the prose that the data does not compute (warnings, each at
//! its place): a ratio "X/Y" whose percentage stated in the same sentence is not X/Y
//! (beyond the rounding of the digits written); parts in parentheses after a count that
//! do not add up to it ("21 người (10 cán bộ, 11 công chức)"); thousands written both the
//! Vietnamese way ("1.231") and the English way ("1,231") in one report.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Text;
use crate::messages::{FigureMessage, Message};
use crate::numbers::{self, Decimal};
use crate::source::{FileId, SourceMap, Span};

/// A number in a text: where (characters), its value, its decimals, as written.
#[derive(Debug, Clone, PartialEq)]
struct Written {
    offset: usize,
    len: usize,
    value: Decimal,
    decimals: u32,
    form: String,
}

/// Whether `text` has anything to check: every check is about numbers.
pub fn needs_chars(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
}

/// What the checks found in some paragraphs: the warnings of each paragraph at its place,
/// and the thousands separators seen. The findings of paragraphs read apart are merged in
/// reading order, and only then reported.
#[derive(Default)]
pub struct Findings {
    diags: Diagnostics,
    /// The first number written the English way.
    english: Option<(Span, String)>,
    /// How many numbers are written the Vietnamese way.
    vietnamese: usize,
}

impl Findings {
    /// Checks one paragraph, `chars` being its characters.
    pub fn scan(&mut self, file: FileId, text: &Text, chars: &[char], sources: &SourceMap) {
        let value = text.value();
        let at = |offset: usize, len: usize| {
            sources
                .scalar(file, text.range().start, value)
                .span(offset, len)
        };
        let diags = &mut self.diags;
        let mut push = |message: FigureMessage, at: Span| {
            diags.push(Diagnostic::spanned(Message::Figure(message), at));
        };
        // what each check needs, found without splitting sentences: parts have their
        // parenthesis, a ratio its `/` and `%`, a total its "trong đó"
        let has_parentheses = value.contains('(');
        let has_ratio = value.contains('/') && value.contains('%');
        let has_total =
            may_have_parts_word(value) && find_word(chars, 0..chars.len(), "trong đó").is_some();
        let short = if has_parentheses || has_ratio {
            sentences(chars, &[';', '\n'])
        } else {
            Vec::new()
        };
        let mut parts = |(total, sum): (Written, String)| {
            let at = at(total.offset, total.len);
            push(
                FigureMessage::PartsDiffer {
                    total: total.form,
                    sum,
                },
                at,
            );
        };
        if has_parentheses {
            short
                .iter()
                .filter_map(|s| parts_mismatch(chars, s.clone()))
                .for_each(&mut parts);
        }
        // a list of parts after "trong đó" runs on past `;`
        if has_total {
            sentences(chars, &['\n'])
                .into_iter()
                .filter_map(|s| total_of_parts(chars, s))
                .for_each(&mut parts);
        }
        if has_ratio {
            for sentence in short {
                if let Some((percent, computed)) = ratio_mismatch(chars, sentence) {
                    let at = at(percent.offset, percent.len);
                    let stated = percent.form;
                    push(FigureMessage::RatioDiffers { stated, computed }, at);
                }
            }
        }
        for (offset, len, is_english) in grouped(chars) {
            if !is_english {
                self.vietnamese += 1;
            } else if self.english.is_none() {
                let form = chars[offset..offset + len].iter().collect();
                self.english = Some((at(offset, len), form));
            }
        }
    }

    /// These findings, then `later`'s.
    pub fn merge(&mut self, later: Findings) {
        self.diags.extend(later.diags);
        if self.english.is_none() {
            self.english = later.english;
        }
        self.vietnamese += later.vietnamese;
    }

    /// The warnings: each paragraph's, then the mixed separators at the first English one.
    pub fn report(self, diags: &mut Diagnostics) {
        diags.extend(self.diags);
        if let Some((at, form)) = self.english
            && self.vietnamese > 0
        {
            let message = Message::Figure(FigureMessage::MixedSeparators { english: form });
            diags.push(Diagnostic::spanned(message, at));
        }
    }
}

/// The character ranges of the sentences of a text: cut at `.` before a space or the
/// end, and at each of `cuts` (`;`, a line break).
fn sentences(chars: &[char], cuts: &[char]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        let end =
            cuts.contains(&c) || (c == '.' && chars.get(i + 1).is_none_or(|n| n.is_whitespace()));
        if end {
            out.push(start..i);
            start = i + 1;
        }
    }
    if start < chars.len() {
        out.push(start..chars.len());
    }
    out
}

/// The numbers written in `chars[range]`, Vietnamese way (`1.231`, `65,2`) or plain.
fn numbers_in(chars: &[char], range: std::ops::Range<usize>) -> Vec<Written> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        // the digit test first: the letter test is slow outside ASCII
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < range.end
            && (chars[j].is_ascii_digit()
                || (matches!(chars[j], '.' | ',')
                    && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
        {
            j += 1;
        }
        let form: String = chars[i..j].iter().collect();
        let followed_by_word = chars.get(j).is_some_and(|c| c.is_alphabetic() || *c == '-');
        if !followed_by_word && let Some((value, decimals)) = numbers::parse_vi(&form) {
            out.push(Written {
                offset: i,
                len: j - i,
                value,
                decimals,
                form,
            });
        }
        i = j.max(i + 1);
    }
    out
}

/// `X/Y … Z%` in one sentence where Z is not X/Y × 100 at Z's decimals: the percentage
/// and the value computed.
fn ratio_mismatch(chars: &[char], sentence: std::ops::Range<usize>) -> Option<(Written, String)> {
    let found = numbers_in(chars, sentence.clone());
    let slash = found.windows(2).find(|w| {
        let (a, b) = (&w[0], &w[1]);
        a.offset + a.len + 1 == b.offset && chars[a.offset + a.len] == '/'
    })?;
    let (x, y) = (slash[0].value, slash[1].value);
    let after = slash[1].offset + slash[1].len;
    let percent = found
        .iter()
        .find(|n| n.offset >= after && chars.get(n.offset + n.len) == Some(&'%'))?
        .clone();
    let exact = numbers::percent(x, y)?;
    // the percentage as written is right when it is the exact one rounded at its decimals
    // (or a half unit off either way, as a clerk rounding by hand may be)
    let tolerance = Decimal::new(5, percent.decimals + 1);
    if (exact - percent.value).abs() <= tolerance {
        return None;
    }
    let computed = numbers::format_vi(exact, percent.decimals) + "%";
    let mut percent = percent;
    percent.len += 1; // the `%` too
    percent.form.push('%');
    Some((percent, computed))
}

/// `N … (a …, b …)`: a count followed in the same sentence by parentheses holding two or
/// more counts, separated by commas or semicolons, that do not add up to it.
fn parts_mismatch(chars: &[char], sentence: std::ops::Range<usize>) -> Option<(Written, String)> {
    let open = (sentence.start..sentence.end).find(|&i| chars[i] == '(')?;
    let close = (open..sentence.end).find(|&i| chars[i] == ')')?;
    let total = numbers_in(chars, sentence.start..open).pop()?;
    // the count is close before the parenthesis: a few words of unit at most
    let between: String = chars[total.offset + total.len..open].iter().collect();
    if between.split_whitespace().count() > 4 || between.contains([',', ';', ':']) {
        return None;
    }
    let parts = numbers_in(chars, open + 1..close);
    let inside: String = chars[open + 1..close].iter().collect();
    let pieces = inside.split([',', ';']).count();
    if parts.len() < 2 || parts.len() != pieces || total.decimals > 0 {
        return None;
    }
    let sum = numbers::sum(parts.iter().map(|p| p.value))?;
    if sum == total.value {
        return None;
    }
    Some((total, numbers::format_vi(sum, 0)))
}

/// "tổng số N …, trong đó: a …, b …" where the parts after "trong đó" (not those in
/// parentheses, percentages or ratios) do not add up to N.
fn total_of_parts(chars: &[char], sentence: std::ops::Range<usize>) -> Option<(Written, String)> {
    let total_at = find_word(chars, sentence.clone(), "tổng số")?;
    let parts_at = find_word(chars, sentence.clone(), "trong đó")?;
    if parts_at <= total_at {
        return None;
    }
    let total = numbers_in(chars, total_at..parts_at).into_iter().next()?;
    let mut depth = 0i32;
    let inside: Vec<bool> = (parts_at..sentence.end)
        .map(|i| {
            match chars[i] {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            depth > 0
        })
        .collect();
    let parts: Vec<Written> = numbers_in(chars, parts_at..sentence.end)
        .into_iter()
        .filter(|n| !inside[n.offset - parts_at])
        .filter(|n| !matches!(chars.get(n.offset + n.len), Some('%' | '/')))
        .filter(|n| n.offset == 0 || chars[n.offset - 1] != '/')
        .collect();
    if parts.len() < 2 || total.decimals > 0 {
        return None;
    }
    let sum = numbers::sum(parts.iter().map(|p| p.value))?;
    if sum == total.value {
        return None;
    }
    Some((total, numbers::format_vi(sum, 0)))
}

/// Whether `text` may say "trong đó": it has "đó" in some case (đ/Đ then ó/Ó), found on
/// the bytes in one pass.
fn may_have_parts_word(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| {
        w[0] == 0xC4 && matches!(w[1], 0x90 | 0x91) && w[2] == 0xC3 && matches!(w[3], 0x93 | 0xB3)
    })
}

/// Where the lowercase `word` first occurs in `chars[range]`, in any case (one character
/// for one: the offsets are those of `chars`).
fn find_word(chars: &[char], range: std::ops::Range<usize>, word: &str) -> Option<usize> {
    // whether `c` is `w` in some case: an ASCII letter is only ever one of ASCII, so
    // the case table is looked up only for a letter outside ASCII against one outside
    let same = |c: char, w: char| {
        c == w
            || match (c.is_ascii(), w.is_ascii()) {
                (true, true) => c.to_ascii_lowercase() == w,
                (false, false) => c.to_lowercase().next() == Some(w),
                _ => false,
            }
    };
    let first = word.chars().next()?;
    let len = word.chars().count();
    (range.start..range.end.saturating_sub(len - 1)).find(|&i| {
        same(chars[i], first)
            && chars[i..i + len]
                .iter()
                .zip(word.chars())
                .all(|(&c, w)| same(c, w))
    })
}

/// Numbers with a thousands separator: (offset, length, written the English way).
fn grouped(chars: &[char]) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit()
            || (i > 0 && (chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '.' | ',')))
        {
            i += 1;
            continue;
        }
        let lead = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let mut j = i + lead;
        let sep = chars.get(j).copied();
        let mut groups = 0;
        while let Some(s @ ('.' | ',')) = chars.get(j).copied() {
            let run = chars[j + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if Some(s) != sep || run != 3 {
                break;
            }
            groups += 1;
            j += 4;
        }
        let clean_end = chars.get(j).is_none_or(|c| {
            !c.is_ascii_digit() && !matches!(c, '.' | ',')
                || chars.get(j + 1).is_none_or(|n| !n.is_ascii_digit())
        });
        if groups > 0 && lead <= 3 && clean_end {
            out.push((i, j - i, sep == Some(',')));
        }
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn ratio(s: &str) -> Option<String> {
        let c = chars(s);
        ratio_mismatch(&c, 0..c.len()).map(|(p, computed)| format!("{} → {computed}", p.form))
    }

    #[test]
    fn ratios_and_their_percentages() {
        assert_eq!(ratio("hoàn thành 21/28 nhiệm vụ, đạt 75%"), None);
        assert_eq!(ratio("20/21 người có trình độ đại học, đạt 95,2%"), None);
        assert_eq!(ratio("số hóa 1.198/1.231 hồ sơ, đạt 97,3%"), None);
        assert_eq!(
            ratio("hoàn thành 21/28 nhiệm vụ, đạt 80%"),
            Some("80% → 75%".into())
        );
        assert_eq!(ratio("đạt 20/21, tức 95,3%"), Some("95,3% → 95,2%".into()));
        // a document's number and symbol, a percentage before the ratio: no ratio
        assert_eq!(ratio("Kế hoạch số 18/KH-UBND đạt 75%"), None);
        assert_eq!(ratio("đạt 75% với 21/28"), None);
    }

    fn parts(s: &str) -> Option<String> {
        let c = chars(s);
        parts_mismatch(&c, 0..c.len()).map(|(t, sum)| format!("{} ≠ {sum}", t.form))
    }

    #[test]
    fn parts_in_parentheses() {
        assert_eq!(parts("hiện có 21 người (10 cán bộ, 11 công chức)"), None);
        assert_eq!(
            parts("trễ hạn 18 hồ sơ (lĩnh vực đất đai 11 hồ sơ, lĩnh vực hộ tịch 07 hồ sơ)"),
            None
        );
        assert_eq!(
            parts("hiện có 21 người (10 cán bộ, 12 công chức)"),
            Some("21 ≠ 22".into())
        );
        // one number inside, or words between the count and the parenthesis: not parts
        assert_eq!(parts("Hội quán Làng bột (59 hội viên)"), None);
        assert_eq!(
            parts("08 Hội quán liên kết phát triển du lịch (59, 40 hội viên)"),
            None
        );
    }

    fn total(s: &str) -> Option<String> {
        let c = chars(s);
        total_of_parts(&c, 0..c.len()).map(|(t, sum)| format!("{} ≠ {sum}", t.form))
    }

    #[test]
    fn a_total_and_its_parts() {
        assert_eq!(
            total(
                "tiếp nhận tổng số 1.245 hồ sơ, trong đó: 812 hồ sơ trực tuyến; 433 hồ sơ trực tiếp"
            ),
            None
        );
        assert_eq!(
            total(
                "tiếp nhận tổng số 1.245 hồ sơ, trong đó: 812 hồ sơ trực tuyến; 423 hồ sơ trực tiếp"
            ),
            Some("1.245 ≠ 1.235".into())
        );
        // percentages, ratios and parts in parentheses are not parts of the total
        assert_eq!(
            total(
                "tổng số 1.245 hồ sơ, trong đó 812 hồ sơ (65,2%), 433 hồ sơ (34,8%) và 20/21 đạt"
            ),
            None
        );
        // in any case, at the start of a sentence or shouted
        assert_eq!(
            total("Tổng số 1.245 hồ sơ, TRONG ĐÓ: 812 hồ sơ trực tuyến; 423 hồ sơ trực tiếp"),
            Some("1.245 ≠ 1.235".into())
        );
        // no "tổng số", or "trong đó" before it: nothing said
        assert_eq!(
            total("đã giải quyết 1.231 hồ sơ, trong đó đúng hạn 1.213 hồ sơ, trễ hạn 10 hồ sơ"),
            None
        );
    }

    #[test]
    fn a_word_is_found_up_to_the_end_of_its_range() {
        let c = chars("nói Trong Đó");
        assert_eq!(find_word(&c, 0..c.len(), "trong đó"), Some(4));
        assert_eq!(find_word(&c, 0..c.len() - 1, "trong đó"), None);
        assert_eq!(find_word(&c, 5..c.len(), "trong đó"), None);
    }

    #[test]
    fn the_byte_test_for_trong_do_sees_every_case() {
        for s in [
            "trong đó",
            "Trong Đó",
            "TRONG ĐÓ",
            "trong đÓ",
            "x trong Đó y",
        ] {
            assert!(may_have_parts_word(s), "{s}");
        }
        assert!(!may_have_parts_word("trong do, đã có"));
    }

    #[test]
    fn thousands_both_ways() {
        let g = |s: &str| grouped(&chars(s));
        assert_eq!(g("1.231 hồ sơ"), vec![(0, 5, false)]);
        assert_eq!(g("1,231 hồ sơ"), vec![(0, 5, true)]);
        assert_eq!(g("1.231.500"), vec![(0, 9, false)]);
        // a decimal, a list, a version number: no thousands
        assert!(g("4,2 tỷ; mức độ 3, 4; chứng thực 4.0; 1,2345").is_empty());
    }
}
