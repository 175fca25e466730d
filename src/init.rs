//! `report init`: the data folder of the next period. From a previous folder: the same
//! structure, agency, signer, recipients and sectors (their models as starting text), with
//! the period-specific values cleared or advanced, and the opening that cites this
//! period's request replaced by a placeholder that `report check` refuses until it is
//! filled in. Without a previous folder: a commented skeleton with placeholders. It never
//! writes into an existing folder.
//!
//! It copies only what the data format defines (report.yaml, the sector and appendix
//! files, the files tables take rows from, the `*.md` templates), from what the loader
//! and the templates reader read, confined to
//! the previous folder: a link out of it is refused, never followed. The new folder is
//! made beside its target under a hidden name and renamed into place when whole, so it
//! exists whole or not at all (a full disk midway leaves nothing to refuse the retry).

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;
use crate::load::{self, Text};
use crate::messages::TodoWhat;
use crate::model::Date;
use crate::period::{self, Period};
use crate::validate::parse_date;

/// The mark of a place the clerk must fill in (the loader's, which reports any text that
/// still holds it).
pub use crate::load::text::PLACEHOLDER;

/// Something the clerk must fill in or check, at a place of a new file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Todo {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub what: TodoWhat,
}

/// Why `init` did nothing.
#[derive(Debug)]
pub enum InitError {
    /// The new folder exists already.
    Exists(PathBuf),
    /// The previous folder has errors: fix them first.
    Invalid(Diagnostics),
    /// There is no previous folder of that name.
    NoPrevious(PathBuf),
    /// `--period` names no period.
    BadPeriod(String),
    /// `--period` and the new folder's name name two periods: (given, the folder's).
    Periods(String, String),
    Io(PathBuf, std::io::Error),
}

/// The period of the new folder: `--period` (`given`), or the one its name ends with;
/// both must agree. `None` when neither names one.
pub fn period_for(new: &Path, given: Option<&str>) -> Result<Option<Period>, InitError> {
    let named = new
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(Period::of_folder);
    let Some(given) = given else {
        return Ok(named);
    };
    let period = Period::parse(given).ok_or_else(|| InitError::BadPeriod(given.into()))?;
    match named {
        Some(named) if named != period => Err(InitError::Periods(period.slug(), named.slug())),
        _ => Ok(Some(period)),
    }
}

/// The folder of the next period, or of `period`, from `prev`.
pub fn from_previous(
    prev: &Path,
    new: &Path,
    period: Option<Period>,
) -> Result<Vec<Todo>, InitError> {
    refuse_existing(new)?;
    if !prev.is_dir() {
        return Err(InitError::NoPrevious(prev.to_path_buf()));
    }
    let (loaded, diags) = load::load(prev);
    let Some(loaded) = loaded.filter(|_| !diags.has_errors()) else {
        return Err(InitError::Invalid(diags));
    };
    let templates = read_templates(prev)?;
    in_staging(new, |staging| {
        next_period(&loaded, (prev, new), period, staging, &templates)
    })
}

/// Writes the files of the next period (or of `period`) into `staging`; the todos name
/// them as in `new`.
fn next_period(
    loaded: &load::LoadedReport,
    (prev, new): (&Path, &Path),
    period: Option<Period>,
    staging: &Path,
    templates: &[(String, String)],
) -> Result<Vec<Todo>, InitError> {
    let r = &loaded.report;
    let source = loaded.sources.get(loaded.report_file).text();
    let report_path = new.join(load::REPORT_FILE);
    let mut edits: Vec<(Range<usize>, String, TodoWhat)> = Vec::new();
    if let Some(number) = &r.number {
        edits.push((range(number), "\"\"".into(), TodoWhat::Number));
    }
    let old_date = parse_date(r.date.value().trim());
    let periods = Periods::of(r, prev, period);
    let new_date = match periods {
        // the same day of the period's window, or the default day
        Periods::Known { old, new } => Some(
            old_date
                .and_then(|d| period::shift_months(d, period::months_between(old, new)))
                .unwrap_or_else(|| new.default_date()),
        ),
        Periods::New(new) => Some(new.default_date()),
        // (past 9999 the date stays as it was, to be written by hand: no year 10000)
        Periods::Kind(kind) => old_date.and_then(|d| kind.advance_date(d)),
    };
    if let Some(next) = new_date {
        let text = iso(next);
        let what = TodoWhat::Date { date: text.clone() };
        edits.push((range(&r.date), text, what));
    }
    // a synthesis: its units' folders of this period, not the previous one's
    if let (Some(spec), Periods::Known { old, new }) = (&r.synthesis, &periods) {
        let folders = spec.folders.value();
        if folders.contains(&old.slug()) {
            let folders = folders.replace(&old.slug(), &new.slug());
            let what = TodoWhat::UnitFolders {
                folders: folders.clone(),
            };
            edits.push((range(&spec.folders), quoted(&folders), what));
        }
    }
    let summary = periods.advance_text(r.summary.value());
    let what = TodoWhat::Summary {
        summary: summary.clone(),
    };
    let replacement = if summary == r.summary.value() {
        source
            .get(range(&r.summary))
            .unwrap_or_default()
            .to_string()
    } else {
        quoted(&summary)
    };
    edits.push((range(&r.summary), replacement, what));
    let paragraphs = r.opening.iter().filter_map(|b| match b {
        load::files::BlockFile::Paragraph(t) => Some(t),
        load::files::BlockFile::Structured(..) => None,
    });
    for paragraph in paragraphs.filter(|t| cites_a_document(t.value())) {
        let text = format!(
            "{PLACEHOLDER} căn cứ văn bản yêu cầu báo cáo kỳ này; kỳ trước: {}»",
            paragraph.value()
        );
        edits.push((range(paragraph), quoted(&text), TodoWhat::Opening));
    }
    for section in &r.sections {
        let title = section.title.value();
        let advanced = periods.advance_text(title);
        if advanced != title {
            edits.push((
                range(&section.title),
                quoted(&advanced),
                TodoWhat::Title { title: advanced },
            ));
        }
    }
    if let Some(parent) = r.agency.parent.iter().flat_map(|p| &p.0).next() {
        // no edit: a todo at its line
        edits.push((
            range(parent),
            source.get(range(parent)).unwrap_or_default().to_string(),
            TodoWhat::Parent {
                parent: parent.value().to_string(),
            },
        ));
    }
    let target = periods.target();
    if let (Some(target), Some(old)) = (target, &r.period) {
        edits.push((range(old), quoted(&target.slug()), period_todo(target)));
    }
    // the previous period, beside the new one: named for the comparisons of figures
    let from_beside = previous_name(prev, new);
    let sibling = match (target, periods.old()) {
        // the folder of the period before the new one, if there is one beside it
        (Some(target), old) => beside(new, target.previous())
            .or_else(|| from_beside.clone().filter(|_| old == target.previous())),
        (None, _) => from_beside.clone(),
    };
    let year_before = target.and_then(|t| {
        beside(new, t.a_year_before()).or_else(|| {
            from_beside
                .clone()
                .filter(|_| periods.old() == t.a_year_before())
        })
    });
    match (&year_before, &r.previous_year) {
        (Some(name), Some(previous)) => edits.push((
            range(previous),
            quoted(&format!("../{name}")),
            TodoWhat::PreviousYear,
        )),
        (None, Some(previous)) => edits.push((
            range(previous),
            "null".into(),
            TodoWhat::PreviousYearCleared,
        )),
        _ => {}
    }
    match (&sibling, &r.previous) {
        (Some(name), Some(previous)) => edits.push((
            range(previous),
            quoted(&format!("../{name}")),
            TodoWhat::Previous,
        )),
        // not beside the folder it comes from: the old name would point nowhere
        (None, Some(previous)) => {
            edits.push((range(previous), "null".into(), TodoWhat::PreviousCleared))
        }
        _ => {}
    }
    let mut todos = Vec::new();
    let mut text = apply(source, &mut edits, &report_path, &mut todos);
    let mut append = |line: String, what: TodoWhat, todos: &mut Vec<Todo>| {
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        todos.push(Todo {
            file: report_path.clone(),
            line: Some(crate::source::line_count(&text) - 1),
            what,
        });
    };
    if let (Some(target), None) = (target, &r.period) {
        let line = format!(
            "period: \"{}\"   # kỳ báo cáo ({}); thời gian chốt số liệu: [=ky-tu-ngay], [=ky-den-ngay]\n",
            target.slug(),
            target.words()
        );
        append(line, period_todo(target), &mut todos);
    }
    if let (Some(name), None) = (&sibling, &r.previous) {
        let line = format!(
            "previous: \"../{name}\"   # kỳ báo cáo trước, để so sánh số liệu ({{change: ten}})\n"
        );
        append(line, TodoWhat::Previous, &mut todos);
    }
    if let (Some(name), None) = (&year_before, &r.previous_year) {
        let line = format!(
            "previous_year: \"../{name}\"   # cùng kỳ năm trước, để so sánh ({{change: ten, with: previous_year}})\n"
        );
        append(line, TodoWhat::PreviousYear, &mut todos);
    }
    let stale = Stale {
        phrases: periods.phrases(r.summary.value()),
        dates: match (old_date, new_date) {
            (Some(old), Some(new)) if old != new => vec![
                (iso(old), iso(new)),
                (crate::layout::long_date(old), crate::layout::long_date(new)),
            ],
            _ => Vec::new(),
        },
    };
    let text = with_schema(&stale.rewrite_comments(&text), REPORT_SCHEMA);
    write(&staging.join(load::REPORT_FILE), &text)?;
    for (id, _) in &loaded.sectors {
        // the text the loader read, inside the folder: no file is read twice
        let (path, text) = (loaded.sources.path(*id), loaded.sources.get(*id).text());
        let name = Path::new(load::SECTORS_DIR).join(path.file_name().unwrap_or_default());
        write(&staging.join(&name), &with_schema(text, SECTOR_SCHEMA))?;
        todos.push(Todo {
            file: new.join(name),
            line: None,
            what: TodoWhat::Sector,
        });
    }
    for (id, _) in &loaded.appendices {
        let (path, text) = (loaded.sources.path(*id), loaded.sources.get(*id).text());
        let name = Path::new(load::APPENDICES_DIR).join(path.file_name().unwrap_or_default());
        write(&staging.join(&name), &with_schema(text, APPENDIX_SCHEMA))?;
        todos.push(Todo {
            file: new.join(name),
            line: None,
            what: TodoWhat::Appendix,
        });
    }
    for name in table_files(loaded) {
        // read as a build reads it: inside the previous folder, within the size limit
        let Ok(bytes) = load::read::read_inside(prev, &prev.join(&name)) else {
            continue;
        };
        let target = staging.join(&name);
        let io = |e| InitError::Io(target.clone(), e);
        fs::create_dir_all(target.parent().unwrap_or(Path::new("."))).map_err(io)?;
        fs::write(&target, bytes).map_err(|e| InitError::Io(target.clone(), e))?;
        todos.push(Todo {
            file: new.join(&name),
            line: None,
            what: TodoWhat::TableFile,
        });
    }
    for (name, text) in templates {
        write(&staging.join("templates").join(name), text)?;
    }
    write_schemas(staging)?;
    Ok(todos)
}

/// The periods of the previous folder and of the new one, as far as they are known.
#[derive(Debug, Clone, Copy)]
enum Periods {
    /// Both: the previous folder's (from its `period:`, its summary or its name) and the
    /// new one's (`--period`, the new folder's name, or the one after the previous).
    Known { old: Period, new: Period },
    /// Only the new one's.
    New(Period),
    /// Neither: the kind of period the summary or the folder's name suggests.
    Kind(Kind),
}

impl Periods {
    fn of(r: &load::files::ReportFile, prev: &Path, given: Option<Period>) -> Periods {
        let old = r
            .period
            .as_ref()
            .and_then(|t| Period::parse(t.value()))
            .or_else(|| find_period(r.summary.value()).map(|(p, _)| p))
            .or_else(|| Period::of_folder(&crate::build::output_name(prev)));
        match (old, given.or_else(|| old.and_then(Period::next))) {
            (Some(old), Some(new)) => Periods::Known { old, new },
            (None, Some(new)) => Periods::New(new),
            _ => Periods::Kind(Kind::of(
                r.summary.value(),
                &crate::build::output_name(prev),
            )),
        }
    }

    fn target(self) -> Option<Period> {
        match self {
            Periods::Known { new, .. } | Periods::New(new) => Some(new),
            Periods::Kind(_) => None,
        }
    }

    fn old(self) -> Option<Period> {
        match self {
            Periods::Known { old, .. } => Some(old),
            _ => None,
        }
    }

    /// `text` with the old period's words as the new one's, in the same case (a title in
    /// capitals stays in capitals); the other periods of the same kind it names move by as
    /// much ("năm 2024 và phương hướng năm 2025" → "năm 2025 và … năm 2026").
    fn advance_text(self, text: &str) -> String {
        match self {
            Periods::Known { .. } => {
                let mut out = text.to_string();
                for (old, new) in self.phrases(text) {
                    out = out.replace(&old, &new);
                }
                out
            }
            Periods::New(_) => text.to_string(),
            Periods::Kind(kind) => kind.advance_text(text),
        }
    }

    /// The phrases of `text` naming periods that move, each with what replaces it (in
    /// the same case), the old period's own words (and their capitals) last: what
    /// [`Periods::advance_text`] replaces, and what the comments have stale.
    fn phrases(self, text: &str) -> Vec<(String, String)> {
        let Periods::Known { old, new } = self else {
            return Vec::new();
        };
        let months = period::months_between(old, new);
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut push = |from: String, to: String| {
            if from != to && !pairs.iter().any(|(f, _)| *f == from) {
                pairs.push((from, to));
            }
        };
        // latest first, so that moving 2024 to 2025 does not meet 2025 moved to 2026
        let mut found = find_periods(text);
        found.sort_by_key(|(p, _)| std::cmp::Reverse((p.year, p.last_month())));
        for (p, at) in found {
            let moved = if p == old {
                Some(new)
            } else if p.same_kind(old) {
                p.shifted(months)
            } else {
                None
            };
            if let Some(moved) = moved {
                let written = &text[at];
                push(written.to_string(), same_case(written, &moved.words()));
            }
        }
        push(old.words(), new.words());
        push(old.words().to_uppercase(), new.words().to_uppercase());
        pairs
    }
}

/// `words` in the case `written` is in: all capitals, the first capital, or as is.
fn same_case(written: &str, words: &str) -> String {
    if written == written.to_uppercase() {
        words.to_uppercase()
    } else if written.starts_with(char::is_uppercase) {
        let mut chars = words.chars();
        chars
            .next()
            .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
    } else {
        words.to_string()
    }
}

/// The first period a text names, and its bytes in the text.
fn find_period(text: &str) -> Option<(Period, Range<usize>)> {
    find_periods(text).into_iter().next()
}

/// The periods a text names ("… quý III năm 2024", "6 tháng đầu năm 2025", "tháng 4 năm
/// 2021", "9 tháng năm 2024", "năm 2024"), in order, each with its bytes in the text; a
/// date ("ngày 20 tháng 8 năm 2024") names none.
fn find_periods(text: &str) -> Vec<(Period, Range<usize>)> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new();
    }
    let words: Vec<(usize, &str)> = lower
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let word = |i: usize| words.get(i).map(|(_, w)| *w);
    let before = |i: usize, back: usize| i.checked_sub(back).and_then(word);
    let year = |i: usize| {
        word(i)
            .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']))
            .filter(|w| w.len() == 4)
    };
    let end = |i: usize| words[i].0 + year(i).map_or(0, str::len);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let start = words[i].0;
        let at = |slug: String, last: usize| Period::parse(&slug).map(|p| (p, last));
        let found = match (word(i), word(i + 1), word(i + 2), word(i + 3)) {
            (Some("6"), Some("tháng"), Some("đầu"), Some("năm")) => {
                year(i + 4).and_then(|y| at(format!("{y}-6t"), i + 4))
            }
            (Some("9"), Some("tháng"), Some("đầu"), Some("năm")) => {
                year(i + 4).and_then(|y| at(format!("{y}-9t"), i + 4))
            }
            (Some("9"), Some("tháng"), Some("năm"), _) => {
                year(i + 3).and_then(|y| at(format!("{y}-9t"), i + 3))
            }
            (Some("quý"), Some(q), Some("năm"), _) => QUARTERS
                .iter()
                .position(|r| r.eq_ignore_ascii_case(q))
                .and_then(|q| year(i + 3).and_then(|y| at(format!("{y}-q{}", q + 1), i + 3))),
            (Some("tháng"), Some(m), Some("năm"), _) if before(i, 2) != Some("ngày") => m
                .parse::<u8>()
                .ok()
                .and_then(|m| year(i + 3).and_then(|y| at(format!("{y}-{m:02}"), i + 3))),
            (Some("năm"), Some(_), _, _) if before(i, 2) != Some("tháng") => {
                year(i + 1).and_then(|y| at(y.to_string(), i + 1))
            }
            _ => None,
        };
        match found {
            Some((period, last)) => {
                out.push((period, start..end(last)));
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// The todo of a `period:` set to `period`.
fn period_todo(period: Period) -> TodoWhat {
    let (from, to) = period.cut_off();
    TodoWhat::Period {
        words: period.words(),
        from: period::day_month_year(from),
        to: period::day_month_year(to),
    }
}

/// The name of the folder of `period` beside `new`, named as `new` is with that period
/// at its end (`…/xa-a-2026-q3` → `xa-a-2026-q2`), if there is such a folder.
fn beside(new: &Path, period: Option<Period>) -> Option<String> {
    let period = period?;
    let name = new.file_name()?.to_str()?;
    let own = Period::of_folder(name)?.slug();
    let lower = name.to_ascii_lowercase();
    let stem = &name[..lower
        .rfind(&own)
        .filter(|at| at + own.len() == name.len())?];
    let sibling = format!("{stem}{}", period.slug());
    let parent = std::path::absolute(new).ok()?.parent()?.to_path_buf();
    parent.join(&sibling).is_dir().then_some(sibling)
}

fn iso(d: Date) -> String {
    crate::model::iso_date(d)
}

/// What the comments of a copied report.yaml say that the new period makes stale: the
/// old period's phrases and the old date (as written and as printed), each with what
/// replaces it.
struct Stale {
    phrases: Vec<(String, String)>,
    dates: Vec<(String, String)>,
}

impl Stale {
    /// `text` with the stale words of its comments replaced; the data is not touched.
    fn rewrite_comments(&self, text: &str) -> String {
        if self.phrases.is_empty() && self.dates.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            match comment_start(line) {
                Some(at) => {
                    let mut comment = line[at..].to_string();
                    for (old, new) in self.phrases.iter().chain(&self.dates) {
                        comment = comment.replace(old.as_str(), new);
                    }
                    out.push_str(&line[..at]);
                    out.push_str(&comment);
                }
                None => out.push_str(line),
            }
        }
        out
    }
}

/// Where a YAML line's comment starts: a `#` at the line's start or after a blank,
/// outside quotes.
fn comment_start(line: &str) -> Option<usize> {
    let (mut double, mut single, mut escaped) = (false, false, false);
    let mut before = ' ';
    for (at, c) in line.char_indices() {
        match c {
            '\\' if double && !escaped => {
                escaped = true;
                before = c;
                continue;
            }
            '"' if !single && !escaped => double = !double,
            '\'' if !double && (single || before == ' ' || before == ':') => single = !single,
            '#' if !double && !single && before.is_whitespace() => return Some(at),
            _ => {}
        }
        escaped = false;
        before = c;
    }
    None
}

/// The schemas an editor reads, written into each new folder (`.schema/`): they work
/// wherever the folder is, offline, and always match the `report` that made the folder.
const SCHEMA_DIR: &str = ".schema";
const REPORT_SCHEMA: &str = "./.schema/report.schema.json";
const SECTOR_SCHEMA: &str = "../.schema/sector.schema.json";
const APPENDIX_SCHEMA: &str = "../.schema/appendix.schema.json";
const SCHEMA_LINE: &str = "# yaml-language-server: $schema=";

/// `text` whose first line, when it names a schema for the editor, names `schema`.
fn with_schema(text: &str, schema: &str) -> String {
    match text.split_once('\n') {
        Some((first, rest)) if first.starts_with(SCHEMA_LINE) => {
            format!("{SCHEMA_LINE}{schema}\n{rest}")
        }
        _ => text.to_string(),
    }
}

/// Writes the schemas of the data files into the folder's `.schema/`.
fn write_schemas(staging: &Path) -> Result<(), InitError> {
    for (name, text) in crate::schema::files() {
        if name != crate::schema::METADATA_SCHEMA_FILE {
            write(&staging.join(SCHEMA_DIR).join(name), &text)?;
        }
    }
    Ok(())
}

/// The previous folder's name when it sits beside the new one (`../NAME` from it).
fn previous_name(prev: &Path, new: &Path) -> Option<String> {
    let parent = |p: &Path| {
        let abs = std::path::absolute(p).ok()?;
        abs.parent().map(Path::to_path_buf)
    };
    let name = std::path::absolute(prev)
        .ok()?
        .file_name()?
        .to_str()?
        .to_string();
    (parent(prev)? == parent(new)?).then_some(name)
}

/// The files the tables take their rows from (`rows_from.file`), and a synthesis's list
/// of units, relative to the data folder, each once, in reading order; only those the
/// loader may read ([`load::tabular::data_file`]).
fn table_files(loaded: &load::LoadedReport) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> = Vec::new();
    let units = loaded.report.synthesis.as_ref().map(|s| s.units.value());
    names.extend(units.and_then(load::tabular::data_file));
    loaded.each_table(&mut |_, table| {
        let name = table.rows_from.as_ref().map(|spec| spec.file.value());
        if let Some(name) = name.and_then(load::tabular::data_file)
            && !names.contains(&name)
        {
            names.push(name);
        }
    });
    names
}

/// The previous folder's own Markdown templates, if it has a `templates/`: read as a
/// build reads them, confined to the folder and within the same limits.
fn read_templates(prev: &Path) -> Result<Vec<(String, String)>, InitError> {
    let dir = prev.join("templates");
    if dir.symlink_metadata().is_err() {
        return Ok(Vec::new());
    }
    let folder = crate::render::templates::Folder {
        dir: &dir,
        root: prev,
    };
    crate::render::templates::read_overrides(folder).map_err(InitError::Invalid)
}

/// Makes the folder `new` whole or not at all: `make` fills a hidden folder beside it,
/// which is renamed into place when `make` succeeds and removed when it fails.
fn in_staging<T>(
    new: &Path,
    make: impl FnOnce(&Path) -> Result<T, InitError>,
) -> Result<T, InitError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |e| InitError::Io(path, e)
    };
    let parent = match new.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(parent).map_err(io(parent))?;
    let name = new.file_name().unwrap_or_default().to_string_lossy();
    let mut n = 0;
    let staging = loop {
        let staging = parent.join(format!(".{name}.init-{}-{n}", std::process::id()));
        match fs::create_dir(&staging) {
            Ok(()) => break staging,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => n += 1,
            Err(e) => return Err(io(&staging)(e)),
        }
    };
    let made = make(&staging).and_then(|value| {
        // made meanwhile by someone else: theirs stays
        refuse_existing(new)?;
        fs::rename(&staging, new).map_err(io(new))?;
        Ok(value)
    });
    if made.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    made
}

/// A commented skeleton with placeholders; of `period` when given: its date, its words
/// after the summary, its `period:`, and the folders of the period before and of the
/// same period a year before when they are beside it.
pub fn skeleton(
    new: &Path,
    period: Option<Period>,
    synthesis: bool,
) -> Result<Vec<Todo>, InitError> {
    refuse_existing(new)?;
    let report_path = new.join(load::REPORT_FILE);
    let sector_path = new.join(load::SECTORS_DIR).join("01-linh-vuc.yaml");
    let list_path = new.join(UNITS_LIST);
    let mut report = with_schema(SKELETON_REPORT, REPORT_SCHEMA);
    let mut todos = Vec::new();
    if synthesis {
        let period = period.map_or("«điền: kỳ, ví dụ 2025-q4»".to_string(), |p| {
            p.slug()
        });
        report.push_str(&SKELETON_SYNTHESIS.replace("{period}", &period));
    }
    if let Some(period) = period {
        let date = iso(period.default_date());
        report = report
            .replace(
                "date: \"«điền: năm-tháng-ngày»\"     # ngày ban hành, ví dụ 2021-04-28",
                &format!("date: {date}                   # ngày ban hành, dạng năm-tháng-ngày"),
            )
            .replace(
                "summary: \"«điền: trích yếu»\"",
                &format!("summary: \"«điền: trích yếu» {}\"", period.words()),
            );
        report.push_str(&format!(
            "period: \"{}\"                  # kỳ báo cáo ({}); thời gian chốt số liệu: [=ky-tu-ngay], [=ky-den-ngay]\n",
            period.slug(),
            period.words()
        ));
        let line = |text: &str, key: &str| {
            let at = text.find(key).unwrap_or_default();
            crate::source::line_count(&text[..at])
        };
        todos.push(Todo {
            file: report_path.clone(),
            line: Some(line(&report, "\ndate:") + 1),
            what: TodoWhat::Date { date },
        });
        todos.push(Todo {
            file: report_path.clone(),
            line: Some(line(&report, "\nperiod:") + 1),
            what: period_todo(period),
        });
        for (key, neighbour, what, note) in [
            (
                "previous",
                period.previous(),
                TodoWhat::Previous,
                "kỳ báo cáo trước",
            ),
            (
                "previous_year",
                period.a_year_before(),
                TodoWhat::PreviousYear,
                "cùng kỳ năm trước",
            ),
        ] {
            if let Some(name) = beside(new, neighbour) {
                report.push_str(&format!(
                    "{key}: \"../{name}\"   # {note}, để so sánh số liệu\n"
                ));
                todos.push(Todo {
                    file: report_path.clone(),
                    line: Some(crate::source::line_count(&report) - 1),
                    what,
                });
            }
        }
    }
    let sector = with_schema(SKELETON_SECTOR, SECTOR_SCHEMA);
    in_staging(new, |staging| {
        write(&staging.join(load::REPORT_FILE), &report)?;
        let name = Path::new(load::SECTORS_DIR).join("01-linh-vuc.yaml");
        write(&staging.join(name), &sector)?;
        if synthesis {
            write(&staging.join(UNITS_LIST), "ma,ten,nhom\n")?;
        }
        write_schemas(staging)
    })?;
    if synthesis {
        todos.push(Todo {
            file: list_path,
            line: Some(2),
            what: TodoWhat::UnitsList,
        });
    }
    for (path, text) in [(&report_path, &report), (&sector_path, &sector)] {
        // the places of the skeleton's placeholders, lines from the source map
        let source = crate::source::Source::new(path, text.to_string());
        let text = text.as_str();
        let mut last_line = 0;
        for (at, _) in text.match_indices(PLACEHOLDER) {
            let line = source.position(at).line;
            if line == last_line || source.line(line).trim_start().starts_with('#') {
                continue;
            }
            last_line = line;
            let rest = &text[at + PLACEHOLDER.len()..];
            let what = rest.split(['»', '\n']).next().unwrap_or(rest).trim();
            todos.push(Todo {
                file: path.clone(),
                line: Some(line),
                what: TodoWhat::Fill {
                    text: what.to_string(),
                },
            });
        }
    }
    Ok(todos)
}

fn refuse_existing(new: &Path) -> Result<(), InitError> {
    if new.symlink_metadata().is_ok() {
        Err(InitError::Exists(new.to_path_buf()))
    } else {
        Ok(())
    }
}

/// The bytes of a whole scalar in its file.
fn range(text: &Text) -> Range<usize> {
    text.range()
}

/// Applies `(range, replacement, todo)` edits to `source`, recording a todo at the line
/// of each in the new text.
fn apply(
    source: &str,
    edits: &mut [(Range<usize>, String, TodoWhat)],
    file: &Path,
    todos: &mut Vec<Todo>,
) -> String {
    edits.sort_by_key(|(r, _, _)| r.start);
    let mut out = String::with_capacity(source.len());
    let mut at = 0;
    for (r, replacement, what) in edits.iter() {
        if r.start < at || r.end > source.len() {
            continue;
        }
        out.push_str(&source[at..r.start]);
        let line = crate::source::line_count(&out);
        out.push_str(replacement);
        // keep the comments of a one-line value where they were
        let old = &source[r.clone()];
        let (old_width, new_width) = (old.chars().count(), replacement.chars().count());
        if !old.contains('\n') && new_width < old_width && source[r.end..].starts_with("  ") {
            out.extend(std::iter::repeat_n(' ', old_width - new_width));
        }
        at = r.end;
        todos.push(Todo {
            file: file.to_path_buf(),
            line: Some(line),
            what: what.clone(),
        });
    }
    out.push_str(&source[at..]);
    out
}

/// A YAML double-quoted scalar.
pub fn quoted(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Whether a paragraph cites a document by number ("Công văn số 551/VPUBND-THVX").
fn cites_a_document(s: &str) -> bool {
    s.split("số ").skip(1).any(|rest| {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0 && rest[digits..].starts_with('/')
    })
}

/// The kind of period a summary names, when it names no whole period (the rule before
/// `--period`: the date and the words advance by one such period).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Month,
    Quarter,
    Year,
}

use period::QUARTERS;

impl Kind {
    /// The period a summary names, or else the one a folder name suggests (`2021-04`
    /// monthly, `…-q3` quarterly), or else a year.
    fn of(summary: &str, folder: &str) -> Kind {
        let folder = folder.to_lowercase();
        let tail: Vec<char> = folder.chars().rev().take(3).collect();
        if summary.contains("quý ") {
            Kind::Quarter
        } else if summary.contains("tháng ") {
            Kind::Month
        } else if matches!(tail.as_slice(), [d, 'q', '-' | '_'] if d.is_ascii_digit()) {
            Kind::Quarter
        } else if matches!(tail.as_slice(), [a, b, '-'] if a.is_ascii_digit() && b.is_ascii_digit())
        {
            Kind::Month
        } else {
            Kind::Year
        }
    }

    fn months(self) -> u32 {
        match self {
            Kind::Month => 1,
            Kind::Quarter => 3,
            Kind::Year => 12,
        }
    }

    /// The same day one period later, clamped to the month's length.
    /// `None` past 9999 (no year 10000: the date is left to be written by hand).
    fn advance_date(self, d: Date) -> Option<Date> {
        period::shift_months(d, self.months() as i32)
    }

    /// "tháng 4 năm 2021" → "tháng 5 năm 2021", "quý IV năm 2024" → "quý I năm 2025",
    /// "năm 2024" → "năm 2025".
    fn advance_text(self, s: &str) -> String {
        let words: Vec<&str> = s.split(' ').collect();
        let mut out: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let year_at = |i: usize| {
            words
                .get(i + 2)
                .filter(|_| words.get(i + 1) == Some(&"năm"))
                .and_then(|y| y.parse::<u16>().ok())
        };
        for i in 0..words.len() {
            match (self, words[i]) {
                (Kind::Month, "tháng") => {
                    if let (Some(m), Some(y)) = (
                        words.get(i + 1).and_then(|m| m.parse::<u8>().ok()),
                        year_at(i + 1),
                    ) {
                        let (m, y) = if m >= 12 { (1, y + 1) } else { (m + 1, y) };
                        out[i + 1] = m.to_string();
                        out[i + 3] = y.to_string();
                    }
                }
                (Kind::Quarter, "quý") => {
                    let q = words
                        .get(i + 1)
                        .and_then(|q| QUARTERS.iter().position(|r| r == q));
                    if let (Some(q), Some(y)) = (q, year_at(i + 1)) {
                        let (q, y) = if q == 3 { (0, y + 1) } else { (q + 1, y) };
                        out[i + 1] = QUARTERS[q].to_string();
                        out[i + 3] = y.to_string();
                    }
                }
                (Kind::Year, "năm") => {
                    if let Some(y) = words.get(i + 1).and_then(|y| y.parse::<u16>().ok()) {
                        out[i + 1] = (y + 1).to_string();
                    }
                }
                _ => {}
            }
        }
        out.join(" ")
    }
}

fn write(path: &Path, text: &str) -> Result<(), InitError> {
    let io = |e| InitError::Io(path.to_path_buf(), e);
    fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).map_err(io)?;
    fs::write(path, text).map_err(|e| InitError::Io(path.to_path_buf(), e))
}

const SKELETON_REPORT: &str = r#"# yaml-language-server: $schema=./.schema/report.schema.json
# Báo cáo mới. Thay mọi chỗ «điền: …» bằng nội dung; `report check` báo lỗi nếu còn sót.
# Định dạng đầy đủ: huong-dan/dinh-dang-du-lieu.md đi kèm bản phát hành (docs/vi/ trong
# kho mã); giải thích một mã lỗi: report explain MÃ, ví dụ report explain E-blank;
# trình soạn thảo (VS Code có phần mở rộng YAML) gợi ý các khóa theo .schema/.

agency:                            # cơ quan ban hành
  parent: null                     # cơ quan chủ quản trực tiếp, nếu có (chữ in hoa)
  name:                            # tên cơ quan ban hành, mỗi phần tử một dòng, chữ in hoa
    - "«điền: ỦY BAN NHÂN DÂN»"
    - "«điền: XÃ …, PHƯỜNG … hoặc TỈNH …»"
number: ""                         # số văn bản: để trống, điền khi văn thư cấp số
symbol: BC-UBND                    # ký hiệu: mã loại văn bản - mã cơ quan
place: "«điền: địa danh»"          # địa danh nơi cơ quan đóng trụ sở, ví dụ Tân Phú Đông
date: "«điền: năm-tháng-ngày»"     # ngày ban hành, ví dụ 2021-04-28
doc_type: BÁO CÁO                  # tên loại văn bản
summary: "«điền: trích yếu»"       # trích yếu nội dung
addressees:                        # kính gửi (bỏ cả khóa nếu không có)
  - "«điền: nơi nhận báo cáo»"
opening:                           # các đoạn mở đầu
  - "«điền: căn cứ văn bản yêu cầu báo cáo»"
numbering:                         # kiểu đánh số các cấp
  sections: "1."
  sectors: "*"
  models: "1)"
sections:                          # các mục của báo cáo
  - title: Đánh giá tình hình và kết quả thực hiện
    include: sectors
  - title: Những khó khăn, vướng mắc
    include: difficulties
  - title: Đề xuất và kiến nghị
    include: proposals
closing: "«điền: câu kết, ví dụ … báo cáo … biết để tổng hợp.»"   # "./." được thêm khi in
recipients:                        # nơi nhận, không gõ "- " đầu dòng và ";"/"." cuối dòng
  - Như trên
  - "Lưu: VT"
signer:                            # người ký
  authority:                       # quyền hạn ký: TM., KT., TL., TUQ., Q.
    - TM. ỦY BAN NHÂN DÂN
  title: CHỦ TỊCH                  # chức vụ
  name: "«điền: họ tên người ký»"  # họ tên
"#;

/// The list of units a synthesis skeleton starts with: its header alone.
const UNITS_LIST: &str = "don-vi.csv";

/// What `init --synthesis` adds to report.yaml.
const SKELETON_SYNTHESIS: &str = r#"synthesis:                         # báo cáo tổng hợp từ báo cáo của các đơn vị (xã, phường)
  units: don-vi.csv                # danh sách đơn vị: dòng đầu ma,ten,nhom; mỗi dòng một đơn vị
  folders: "../xa/{ma}-{slug}/{period}"   # thư mục dữ liệu kỳ này của mỗi đơn vị, tính từ thư mục này
  deadline: "«điền: hạn nộp, năm-tháng-ngày»"   # đơn vị có ngày báo cáo sau hạn là nộp muộn
# Số liệu tổng hợp từ các đơn vị, dùng trong văn bản bằng [=ten]; ví dụ, trong figures:
#   ho-ngheo: {units: sum}                       tổng số hộ nghèo của các đơn vị có số liệu
#   xa-co-so-lieu: {units: count, of: ho-ngheo}  số đơn vị có số liệu ho-ngheo
#   ty-le-bhyt: {units: mean, of: ty-le-bao-hiem-y-te, decimals: 1}
"#;

const SKELETON_SECTOR: &str = r#"# yaml-language-server: $schema=../.schema/sector.schema.json
# Một lĩnh vực. Thêm tệp 02-…yaml, 03-…yaml cho các lĩnh vực khác.

title: "«điền: tiêu đề lĩnh vực, ví dụ Trong lĩnh vực kinh tế:»"
models:                            # các mô hình, công cụ tự đánh số
  - title: "«điền: tên mô hình»"   # tên mô hình (bỏ dòng này nếu số đứng đầu đoạn)
    body:                          # các đoạn; đoạn bắt đầu bằng "- " là gạch đầu dòng
      - "«điền: nội dung mô hình»"
difficulties:                      # khó khăn, vướng mắc
  - "«điền: khó khăn»"
proposals:                         # đề xuất, kiến nghị
  - "«điền: đề xuất»"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_advance() {
        assert_eq!(
            Kind::Month.advance_text("tình hình tháng 4 năm 2021"),
            "tình hình tháng 5 năm 2021"
        );
        assert_eq!(
            Kind::Month.advance_text("tháng 12 năm 2021"),
            "tháng 1 năm 2022"
        );
        assert_eq!(
            Kind::Quarter.advance_text("quý III năm 2024"),
            "quý IV năm 2024"
        );
        assert_eq!(
            Kind::Quarter.advance_text("quý IV năm 2024"),
            "quý I năm 2025"
        );
        assert_eq!(
            Kind::Year.advance_text("kết quả năm 2024"),
            "kết quả năm 2025"
        );
        let d = |year, month: u8, day| {
            Date::from_calendar_date(year, time::Month::try_from(month).unwrap(), day).unwrap()
        };
        assert_eq!(
            Kind::Month.advance_date(d(2021, 1, 31)),
            Some(d(2021, 2, 28))
        );
        assert_eq!(
            Kind::Quarter.advance_date(d(2024, 11, 30)),
            Some(d(2025, 2, 28))
        );
        assert_eq!(
            Kind::Month.advance_date(d(2021, 12, 5)),
            Some(d(2022, 1, 5))
        );
        assert_eq!(
            Kind::Month.advance_date(d(2024, 1, 31)),
            Some(d(2024, 2, 29))
        );
        assert_eq!(Kind::Year.advance_date(d(9999, 12, 31)), None);
    }

    #[test]
    fn periods_from_summary_or_folder() {
        assert_eq!(Kind::of("Đánh giá mô hình", "2021-04"), Kind::Month);
        assert_eq!(
            Kind::of("Kết quả cải cách", "xa-tan-phu-dong-2024-q3"),
            Kind::Quarter
        );
        assert_eq!(
            Kind::of("Kết quả quý III năm 2024", "bao-cao"),
            Kind::Quarter
        );
        assert_eq!(Kind::of("Kết quả năm 2024", "bao-cao"), Kind::Year);
    }

    #[test]
    fn periods_named_in_a_text() {
        let found = |t: &str| -> Vec<(String, String)> {
            find_periods(t)
                .into_iter()
                .map(|(p, at)| (p.slug(), t[at].to_string()))
                .collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            found("Kết quả quý III năm 2024, phương hướng quý IV năm 2024"),
            [
                pair("2024-q3", "quý III năm 2024"),
                pair("2024-q4", "quý IV năm 2024")
            ]
        );
        assert_eq!(
            found("TÌNH HÌNH 6 THÁNG ĐẦU NĂM 2025"),
            [pair("2025-6t", "6 THÁNG ĐẦU NĂM 2025")]
        );
        assert_eq!(
            found("kết quả 9 tháng năm 2025"),
            [pair("2025-9t", "9 tháng năm 2025")]
        );
        assert_eq!(
            found("tháng 4 năm 2021."),
            [pair("2021-04", "tháng 4 năm 2021")]
        );
        // a date names no period, nor does its year
        assert_eq!(found("Công văn ngày 20 tháng 8 năm 2024"), []);
        assert_eq!(
            found("năm 2024 và phương hướng, nhiệm vụ năm 2025"),
            [pair("2024", "năm 2024"), pair("2025", "năm 2025")]
        );
    }

    #[test]
    fn the_periods_of_a_text_move_together() {
        let p = |s: &str| Period::parse(s).unwrap();
        let known = |old: &str, new: &str| Periods::Known {
            old: p(old),
            new: p(new),
        };
        assert_eq!(
            known("2024", "2025")
                .advance_text("Tình hình năm 2024 và phương hướng, nhiệm vụ năm 2025"),
            "Tình hình năm 2025 và phương hướng, nhiệm vụ năm 2026"
        );
        assert_eq!(
            known("2024-q3", "2026-q3").advance_text("KẾT QUẢ QUÝ III NĂM 2024"),
            "KẾT QUẢ QUÝ III NĂM 2026"
        );
        assert_eq!(
            known("2024-q4", "2025-q1").advance_text("quý IV năm 2024; quý I năm 2025"),
            "quý I năm 2025; quý II năm 2025"
        );
        // another kind of period stays; the old one becomes the new
        assert_eq!(
            known("2026-08", "2026-q3").advance_text("Báo cáo tháng 8 năm 2026, năm 2026"),
            "Báo cáo quý III năm 2026, năm 2026"
        );
        let stale = Stale {
            phrases: known("2024-q3", "2026-q3").phrases("quý III năm 2024"),
            dates: vec![("2024-09-05".into(), "2026-09-05".into())],
        };
        assert_eq!(
            stale.rewrite_comments(
                "date: 2024-09-05   # ví dụ 2024-09-05, quý III năm 2024\nx: \"a # quý III năm 2024\"\n"
            ),
            "date: 2024-09-05   # ví dụ 2026-09-05, quý III năm 2026\nx: \"a # quý III năm 2024\"\n"
        );
    }

    #[test]
    fn citations() {
        assert!(cites_a_document(
            "Căn cứ Công văn số 551/VPUBND-THVX ngày 26"
        ));
        assert!(!cites_a_document(
            "Ủy ban nhân dân Thành phố báo cáo số liệu"
        ));
    }
}

#[cfg(test)]
mod staging_tests {
    use super::*;

    #[test]
    fn a_folder_that_fails_midway_is_not_left_half_made() {
        let tmp = tempfile::tempdir().unwrap();
        let new = tmp.path().join("2021-05");
        let failed = in_staging(&new, |staging| -> Result<(), InitError> {
            write(&staging.join("report.yaml"), "half")?;
            Err(InitError::Io(
                staging.join("sectors/01.yaml"),
                std::io::Error::other("No space left on device"),
            ))
        });
        assert!(matches!(failed, Err(InitError::Io(..))));
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 0, "nothing left");
        // so the retry is not refused
        in_staging(&new, |staging| write(&staging.join("report.yaml"), "whole")).unwrap();
        assert_eq!(
            fs::read_to_string(new.join("report.yaml")).unwrap(),
            "whole"
        );
        assert_eq!(fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
