//! Style observations over the body text of the whole report: warnings, never errors.
//! Inconsistent zero padding of counts ("07/9" beside "06/07"), the same administrative
//! unit written "Thành phố" here and "thành phố" there, and mixed ellipses. Each warning
//! points at the first occurrence of the less common form.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Text;
use crate::messages::Message;
use crate::source::{FileId, SourceMap};

/// A match in the prose: file, the text value, character offset and length in it, and
/// the form written there.
struct Hit {
    file: FileId,
    /// A copy: the paragraphs are let go of as the report is checked; a first hit is
    /// made once per form and run of paragraphs.
    text: Text,
    offset: usize,
    len: usize,
    form: String,
}

/// How often a form was seen, and its first place in reading order.
#[derive(Default)]
struct Seen {
    first: Option<Hit>,
    count: usize,
}

impl Seen {
    /// One more; `hit` makes the hit of the first.
    fn add(&mut self, hit: impl FnOnce() -> Hit) {
        if self.first.is_none() {
            self.first = Some(hit());
        }
        self.count += 1;
    }

    /// `later`'s, seen after these.
    fn merge(&mut self, later: Seen) {
        if self.first.is_none() {
            self.first = later.first;
        }
        self.count += later.count;
    }
}

/// What the observations saw in some paragraphs: the findings of paragraphs read apart
/// are merged in reading order, and only then reported.
#[derive(Default)]
pub struct Findings {
    padded: Seen,
    unpadded: Seen,
    /// Per unit word: capitalised, lower case.
    words: BTreeMap<&'static str, (Seen, Seen)>,
    ellipses: BTreeMap<&'static str, Seen>,
}

/// Which observations a paragraph may concern, found without a look at each character:
/// a count has its `/`, an ellipsis its `…` or `...`, a unit word its letters.
#[derive(Debug, Clone, Copy)]
pub struct Looks {
    counts: bool,
    ellipses: bool,
    unit_words: bool,
}

impl Looks {
    pub fn at(text: &str) -> Looks {
        Looks {
            counts: text.contains('/'),
            ellipses: text.contains('…') || text.contains("..."),
            unit_words: may_have_unit_word(text),
        }
    }

    /// Whether the paragraph needs a closer look at all.
    pub fn any(self) -> bool {
        self.counts || self.ellipses || self.unit_words
    }
}

impl Findings {
    /// Looks at one paragraph, `chars` being its characters, for what `looks` says it may
    /// hold.
    pub fn scan(&mut self, file: FileId, text: &Text, chars: &[char], looks: Looks) {
        let hit = |offset: usize, len: usize| Hit {
            file,
            text: text.clone(),
            offset,
            len,
            form: chars[offset..offset + len].iter().collect(),
        };
        if looks.counts {
            for (offset, len, is_padded) in counts(chars) {
                let seen = if is_padded {
                    &mut self.padded
                } else {
                    &mut self.unpadded
                };
                seen.add(|| hit(offset, len));
            }
        }
        if looks.unit_words {
            for (word, offset, upper) in unit_words(chars) {
                let (capitalised, lower) = self.words.entry(word).or_default();
                let seen = if upper { capitalised } else { lower };
                seen.add(|| hit(offset, word.chars().count()));
            }
        }
        if looks.ellipses {
            for (form, offset, len) in ellipsis_forms(chars) {
                self.ellipses
                    .entry(form)
                    .or_default()
                    .add(|| hit(offset, len));
            }
        }
    }

    /// These findings, then `later`'s.
    pub fn merge(&mut self, later: Findings) {
        self.padded.merge(later.padded);
        self.unpadded.merge(later.unpadded);
        for (word, (capitalised, lower)) in later.words {
            let mine = self.words.entry(word).or_default();
            mine.0.merge(capitalised);
            mine.1.merge(lower);
        }
        for (form, seen) in later.ellipses {
            self.ellipses.entry(form).or_default().merge(seen);
        }
    }

    /// The warnings: each at the first occurrence of the less common form.
    pub fn report(self, sources: &SourceMap, diags: &mut Diagnostics) {
        let (p, u) = (&self.padded, &self.unpadded);
        if let (Some(first_p), Some(first_u)) = (&p.first, &u.first) {
            let first = if p.count < u.count { first_p } else { first_u };
            let message = Message::MixedPadding {
                padded: first_p.form.clone(),
                unpadded: first_u.form.clone(),
            };
            push(diags, sources, message, first);
        }
        for (word, (upper, lower)) in &self.words {
            if let (Some(u), Some(l)) = (&upper.first, &lower.first) {
                let first = if upper.count < lower.count { u } else { l };
                let message = Message::MixedCapitalisation {
                    word: capitalised(word),
                    upper: upper.count,
                    lower: lower.count,
                };
                push(diags, sources, message, first);
            }
        }
        if self.ellipses.len() > 1 {
            let forms = self
                .ellipses
                .iter()
                .map(|(form, seen)| format!("\"{form}\" ({})", seen.count))
                .collect::<Vec<_>>()
                .join(", ");
            if let Some(first) = self
                .ellipses
                .values()
                .min_by_key(|seen| seen.count)
                .and_then(|seen| seen.first.as_ref())
            {
                push(diags, sources, Message::MixedEllipses { forms }, first);
            }
        }
    }
}

fn push(diags: &mut Diagnostics, sources: &SourceMap, message: Message, hit: &Hit) {
    let at = sources
        .scalar(hit.file, hit.text.range().start, hit.text.value())
        .span(hit.offset, hit.len);
    diags.push(Diagnostic::spanned(message, at));
}

/// Counts written as fractions, `06/07`, `07/9`: (offset, length, whether every number
/// below 10 in it is zero-padded). Dates (`26/4/2021`) and longer numbers are left out.
fn counts(chars: &[char]) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let digit_run = |from: usize| {
        chars[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            && (i == 0 || !chars[i - 1].is_ascii_digit() && chars[i - 1] != '/');
        if !starts {
            i += 1;
            continue;
        }
        let a = digit_run(i);
        let slash = i + a;
        if chars.get(slash) != Some(&'/') {
            i = slash;
            continue;
        }
        let b = digit_run(slash + 1);
        let end = slash + 1 + b;
        let date_like = matches!(chars.get(end), Some('/') | Some('.'))
            && chars.get(end + 1).is_some_and(char::is_ascii_digit);
        if (1..=2).contains(&a) && (1..=2).contains(&b) && !date_like {
            let numbers = [&chars[i..slash], &chars[slash + 1..end]];
            let small: Vec<&&[char]> = numbers
                .iter()
                .filter(|n| n.len() == 1 || n[0] == '0')
                .collect();
            if !small.is_empty() {
                let all_padded = small.iter().all(|n| n.len() == 2);
                out.push((i, end - i, all_padded));
            }
        }
        i = end.max(i + 1);
    }
    out
}

/// The common nouns of administrative units whose standalone use should be written one
/// way throughout (Phụ lục II).
const UNIT_WORDS: [&str; 2] = ["thành phố", "tỉnh"];

/// Whether `text` may hold a unit word: the second letters on are the same in both
/// cases.
fn may_have_unit_word(text: &str) -> bool {
    text.contains("hành phố") || text.contains("ỉnh")
}

/// Standalone uses of a unit word: (word, offset, capitalised). Uses followed by a
/// proper name ("thành phố Sa Đéc") or starting a sentence are left out.
fn unit_words(chars: &[char]) -> Vec<(&'static str, usize, bool)> {
    // one character for one, as `chars`, where lowercasing keeps the count
    let lower = |c: char| {
        if c.is_ascii() {
            return c.to_ascii_lowercase();
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(one), None) => one,
            _ => c,
        }
    };
    let mut out = Vec::new();
    for word in UNIT_WORDS {
        let w: Vec<char> = word.chars().collect();
        let mut i = 0;
        while i + w.len() <= chars.len() {
            // both words start with an ASCII letter: a cheap test first
            let at_word = chars[i].to_ascii_lowercase() == w[0]
                && chars[i..i + w.len()]
                    .iter()
                    .zip(&w)
                    .all(|(&c, &l)| lower(c) == l);
            if !at_word {
                i += 1;
                continue;
            }
            let before_ok = i == 0 || !chars[i - 1].is_alphanumeric();
            let after = chars.get(i + w.len());
            let after_ok = after.is_none_or(|c| !c.is_alphanumeric());
            if before_ok
                && after_ok
                && !followed_by_name(chars, i + w.len())
                && !sentence_start(chars, i)
            {
                out.push((word, i, chars[i].is_uppercase()));
            }
            i += w.len();
        }
    }
    out
}

/// Whether the next word after `end` starts with a capital (a proper name follows).
fn followed_by_name(chars: &[char], end: usize) -> bool {
    let rest = &chars[end.min(chars.len())..];
    if rest.first() != Some(&' ') {
        return false;
    }
    rest.iter()
        .skip(1)
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn sentence_start(chars: &[char], at: usize) -> bool {
    let before = chars[..at].iter().rev().find(|c| !c.is_whitespace());
    before.is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '“'))
}

/// `word` with its first letter capital.
pub fn capitalised(word: &str) -> String {
    let mut cs = word.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// Ellipses: "…", "..." and runs of four or more dots, with their place.
fn ellipsis_forms(chars: &[char]) -> Vec<(&'static str, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '…' {
            out.push(("…", i, 1));
            i += 1;
        } else if chars[i] == '.' {
            let run = chars[i..].iter().take_while(|&&c| c == '.').count();
            match run {
                3 => out.push(("...", i, 3)),
                4.. => out.push(("....", i, run)),
                _ => {}
            }
            i += run;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cs(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn counts_and_their_padding() {
        assert_eq!(counts(&cs("được 06/07 ấp")), [(5, 5, true)]);
        assert_eq!(counts(&cs("ở 07/9 xã")), [(2, 4, false)]);
        assert!(counts(&cs("ngày 26/4/2021, 12/15 hộ, 100%/tổng")).is_empty());
    }

    #[test]
    fn standalone_unit_words() {
        let s = "trên địa bàn Thành phố, thành phố Sa Đéc và Công an thành phố.";
        assert_eq!(
            unit_words(&cs(s)),
            [("thành phố", 13, true), ("thành phố", 52, false)]
        );
        assert!(
            UNIT_WORDS
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        );
        let s = "Thành phố đã triển khai";
        assert!(unit_words(&cs(s)).is_empty(), "sentence start");
    }

    #[test]
    fn ellipsis_kinds() {
        let forms: Vec<&str> = ellipsis_forms(&cs("a... b… c.... d. e.."))
            .iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(forms, ["...", "…", "...."]);
    }
}
