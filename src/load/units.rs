//! The units of a synthesis (`synthesis:` in report.yaml): the list of units, a CSV file
//! in the data folder with a header `ma,ten,nhom` (the administrative unit's code of
//! Decision 19/2025/QĐ-TTg, its name, an optional group), each row kept with its place;
//! and the folder of each unit's data for the period, from the pattern `folders`
//! (`../xa/{ma}-{slug}/2025-q4`). The list is data with a date (the units were merged
//! again in 2026), never a constant of the tool.

use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use super::files::SynthesisFile;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::{Message, UnitsMessage};
use crate::source::{FileId, Span};

/// At most this many units in a list: the whole country has 3,321 communes.
pub const MAX_UNITS: usize = 10_000;

/// One unit of the list, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRow {
    /// The administrative unit's code, e.g. `30226`.
    pub code: String,
    /// Its name as written, e.g. `Xã Lai Vung`.
    pub name: String,
    /// Its group, if the list gives one (`xã`, `phường`, a region).
    pub group: Option<String>,
    /// Its row in the list.
    pub row: Span,
    /// Its data folder for the period, from the pattern.
    pub folder: PathBuf,
}

/// What was found of a unit's data for the period (`crate::synthesis::gather`).
#[derive(Debug, Clone)]
pub enum Found {
    /// No data folder where the pattern says: the unit has not reported.
    Missing,
    /// Its data fails `check`: the first error, `file:line:column code`.
    Failing(String),
    /// Checked: the date of its report and its figures.
    Reported(Reported),
}

impl Found {
    /// Whether the unit reported, dated after `deadline` (a unit dated on it is on time).
    pub fn is_late(&self, deadline: Option<crate::model::Date>) -> bool {
        match (self, deadline) {
            (Found::Reported(r), Some(by)) => r.date.is_some_and(|d| d > by),
            _ => false,
        }
    }
}

/// A unit's report that passes `check`.
#[derive(Debug, Clone)]
pub struct Reported {
    pub date: Option<crate::model::Date>,
    pub figures: std::collections::BTreeMap<String, UnitFigure>,
    /// The difficulties and proposals of its sectors, as printed (its figures in them).
    pub texts: Vec<UnitText>,
}

/// A difficulty or a proposal of a unit's sector, as the unit's report prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitText {
    /// The sector's key: its file's name without the number and `.yaml` (`kinh-te`).
    pub sector: String,
    pub proposal: bool,
    pub text: String,
}

/// A figure of a unit, and where the unit defines it: `file:line:column`, resolved when
/// the unit was checked (its text is not kept).
#[derive(Debug, Clone)]
pub struct UnitFigure {
    pub figure: crate::model::Figure,
    pub file: PathBuf,
    pub position: crate::source::Position,
}

/// The units listed in `spec.units` (a file of `dir`), each with its folder by
/// `spec.folders`; every problem of the list and the pattern is a diagnostic of
/// report.yaml (`file`) or of the list.
pub fn read_units(
    dir: &Path,
    file: FileId,
    spec: &SynthesisFile,
    diags: &mut Diagnostics,
) -> Vec<UnitRow> {
    let pattern = spec.folders.value().trim();
    if let Some(message) = pattern_problem(pattern) {
        let at = spec.folders.span(file);
        diags.push(Diagnostic::spanned(Message::Units(message), at));
        return Vec::new();
    }
    let name = spec.units.value().trim();
    let Some(relative) = super::tabular::data_file(name) else {
        let message = UnitsMessage::ListPath { path: name.into() };
        diags.push(Diagnostic::spanned(
            Message::Units(message),
            spec.units.span(file),
        ));
        return Vec::new();
    };
    let path = dir.join(&relative);
    let bytes = match super::read::read_inside(dir, &path) {
        Ok(bytes) => bytes,
        Err(refused) => {
            let message = match refused {
                super::read::Refused::Outside => UnitsMessage::ListPath { path: name.into() },
                super::read::Refused::Missing => UnitsMessage::ListMissing { path: name.into() },
                super::read::Refused::Problem(error) => UnitsMessage::ListRead { error },
            };
            diags.push(Diagnostic::spanned(
                Message::Units(message),
                spec.units.span(file),
            ));
            return Vec::new();
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => crate::source::without_bom(text),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let id = diags.add_source(&path, String::from_utf8_lossy(e.as_bytes()).into_owned());
            diags.push(Diagnostic::spanned(
                Message::NotUtf8,
                Span::new(id, at..at + 1),
            ));
            return Vec::new();
        }
    };
    // read before the text goes into the source map, which then holds it once
    let rows = rows(&text);
    let list = diags.add_source(&path, text);
    let Some((header, body)) = rows.split_first() else {
        let message = UnitsMessage::Header {
            found: String::new(),
        };
        diags.push(Diagnostic::spanned(
            Message::Units(message),
            Span::new(list, 0..1),
        ));
        return Vec::new();
    };
    let column = |names: &[&str]| {
        header.cells.iter().position(|cell| {
            let cell = cell.trim().to_lowercase();
            names.contains(&cell.as_str())
        })
    };
    let (Some(code_at), Some(name_at)) = (column(&["ma", "mã"]), column(&["ten", "tên"])) else {
        let found = header
            .cells
            .iter()
            .map(|c| c.trim())
            .collect::<Vec<_>>()
            .join(",");
        let message = UnitsMessage::Header { found };
        diags.push(Diagnostic::spanned(
            Message::Units(message),
            Span::new(list, header.at.clone()),
        ));
        return Vec::new();
    };
    let group_at = column(&["nhom", "nhóm"]);
    if body.is_empty() {
        let message = UnitsMessage::ListEmpty;
        diags.push(Diagnostic::spanned(
            Message::Units(message),
            Span::new(list, header.at.clone()),
        ));
        return Vec::new();
    }
    let mut units: Vec<UnitRow> = Vec::new();
    for row in body {
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.cells.get(i))
                .map(|c| c.trim().nfc().collect::<String>())
                .filter(|c| !c.is_empty())
        };
        let at = Span::new(list, row.at.clone());
        let (Some(code), Some(name)) = (cell(Some(code_at)), cell(Some(name_at))) else {
            let message = UnitsMessage::RowIncomplete;
            diags.push(Diagnostic::spanned(Message::Units(message), at));
            continue;
        };
        if !code.chars().all(|c| c.is_ascii_digit()) {
            let message = UnitsMessage::Code { code };
            diags.push(Diagnostic::spanned(Message::Units(message), at));
            continue;
        }
        if let Some(first) = units.iter().find(|u| u.code == code) {
            let message = UnitsMessage::Twice { code };
            let d = Diagnostic::spanned(Message::Units(message), at)
                .with_label(first.row.clone(), crate::messages::Note::FirstWritten);
            diags.push(d);
            continue;
        }
        if units.len() == MAX_UNITS {
            let message = UnitsMessage::TooMany { limit: MAX_UNITS };
            diags.push(Diagnostic::spanned(Message::Units(message), at));
            break;
        }
        let folder = lexical(&dir.join(folder_of(pattern, &code, &name)));
        units.push(UnitRow {
            code,
            name,
            group: cell(group_at),
            row: at,
            folder,
        });
    }
    units
}

/// What is wrong with a folder pattern: a `{…}` that is not one of ours, or none of them
/// (every unit would have the same folder).
fn pattern_problem(pattern: &str) -> Option<UnitsMessage> {
    let mut named = false;
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Some(UnitsMessage::Pattern {
                found: rest[open..].into(),
            });
        };
        let name = &after[..close];
        if !["ma", "ten", "slug"].contains(&name) {
            return Some(UnitsMessage::Pattern {
                found: format!("{{{name}}}"),
            });
        }
        named = true;
        rest = &after[close + 1..];
    }
    (!named).then(|| UnitsMessage::Pattern {
        found: String::new(),
    })
}

/// The folder of the unit `code` named `name` by `pattern`.
pub fn folder_of(pattern: &str, code: &str, name: &str) -> String {
    pattern
        .replace("{ma}", code)
        .replace("{ten}", name)
        .replace("{slug}", &slug(name))
}

/// The unit's own name without its kind (xã, phường, đặc khu, thị trấn) and without
/// marks, in small letters, words joined by `-`: `Xã Lai Vung` → `lai-vung`, `Phường Đông
/// Hòa` → `dong-hoa`, as the units' folders are named (`30226-lai-vung`).
pub fn slug(name: &str) -> String {
    let name: String = name.trim().nfc().collect();
    let lower = name.to_lowercase();
    let own = ["xã ", "phường ", "đặc khu ", "thị trấn "]
        .iter()
        .find_map(|kind| lower.strip_prefix(kind))
        .unwrap_or(&lower);
    let bare: String = own
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    bare.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// `path` with each `NAME/..` taken away, as written (no link followed): `tinh/../xa/1`
/// → `xa/1`, for the messages that name a unit's folder.
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component> = Vec::new();
    for part in path.components() {
        match (part, out.last()) {
            (Component::CurDir, _) => {}
            (Component::ParentDir, Some(Component::Normal(_))) => {
                out.pop();
            }
            (part, _) => out.push(part),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

/// A row of the list: its cells, and its bytes (without the line end).
struct Row {
    cells: Vec<String>,
    at: std::ops::Range<usize>,
}

/// The rows of a CSV text with a comma (or semicolon, as Excel writes in Vietnamese
/// settings) between cells; blank lines left out.
fn rows(text: &str) -> Vec<Row> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.contains(';') && !first.contains(',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    let mut record = csv::StringRecord::new();
    while let Ok(true) = reader.read_record(&mut record) {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let line = text[start..].lines().next().unwrap_or("");
        let at = start..start + line.len().max(1);
        let cells = record.iter().map(str::to_string).collect();
        out.push(Row { cells, at });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_folder_names_without_marks() {
        assert_eq!(slug("Xã Lai Vung"), "lai-vung");
        assert_eq!(slug("Phường Đông Hòa"), "dong-hoa");
        assert_eq!(slug("  xã Tân Phú Đông "), "tan-phu-dong");
        assert_eq!(slug("Đặc khu Phú Quốc"), "phu-quoc");
        assert_eq!(slug("Phường 1"), "1");
        // NFD as written by some editors: the same
        assert_eq!(slug(&"Xã Mỹ An".nfd().collect::<String>()), "my-an");
        assert_eq!(
            folder_of("../xa/{ma}-{slug}/2025-q4", "30226", "Xã Lai Vung"),
            "../xa/30226-lai-vung/2025-q4"
        );
        assert_eq!(folder_of("{ten}/q4", "1", "Xã A"), "Xã A/q4");
    }

    #[test]
    fn a_units_folder_is_named_without_going_up_and_down() {
        assert_eq!(lexical(Path::new("tinh/../xa/1")), Path::new("xa/1"));
        assert_eq!(lexical(Path::new("./tinh/../../xa")), Path::new("../xa"));
        assert_eq!(lexical(Path::new("/a/b/../c")), Path::new("/a/c"));
        assert_eq!(lexical(Path::new("a/..")), Path::new("."));
    }

    #[test]
    fn a_pattern_names_the_unit() {
        assert!(pattern_problem("../xa/{ma}/2025-q4").is_none());
        assert!(pattern_problem("{slug}").is_none());
        for bad in ["../xa/2025-q4", "{code}/q4", "{ma/q4", ""] {
            assert!(pattern_problem(bad).is_some(), "{bad}");
        }
    }
}
