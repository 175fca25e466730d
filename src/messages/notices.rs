//! The notices of the commands, each in every language side by side: progress, results,
//! and the fatal errors that stop a command; and what `init` asks the clerk to fill in.

use super::{Lang, OsError, Text, Tr, Word, figures};

/// A unit's figure that a figure of a synthesis took: the unit, the figure as the unit
/// prints it, and where the unit defines it (`file:line:column`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Contribution {
    pub code: String,
    pub unit: String,
    pub printed: String,
    pub place: String,
}

/// What a command tells the clerk besides diagnostics: progress, results, and the
/// fatal errors that stop a command (headed `lỗi:` / `error:`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Notice {
    /// `--check` does not compare the PDF.
    PdfNotCompared,
    /// `--watch` waits for the next change.
    Watching,
    /// A round of `--watch` begins, at `time` (`14:32:05`, the local time, or UTC
    /// marked as such where the local offset is not known).
    Round {
        time: String,
    },
    /// A named figure for `report figures`: as printed, where defined, where used.
    Figure {
        name: String,
        /// The number as printed, rounded to its decimals, in decimal digits (`99.56`): not
        /// a binary fraction, and not the digits past what the report prints.
        value: Option<String>,
        printed: Option<String>,
        /// The decimals and the unit it prints with.
        decimals: Option<u32>,
        unit: Option<String>,
        /// For a comparison with an earlier period: that period's figure as printed.
        earlier: Option<String>,
        defined: String,
        used: Vec<String>,
        /// In a synthesis, a figure gathered across the units: each unit's figure it
        /// took, and where the unit defines it.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        from: Vec<Contribution>,
    },
    /// `report status`: one unit of a synthesis and what there is of its report.
    Unit {
        code: String,
        name: String,
        group: Option<String>,
        /// `reported`, `late`, `failing` or `missing`.
        state: &'static str,
        /// The date of its report, when it passes `check`.
        date: Option<String>,
        folder: String,
        /// Its first error, when it fails `check`.
        error: Option<String>,
    },
    /// `report status`: the count of the units of a synthesis by state.
    Units {
        folder: String,
        units: usize,
        reported: usize,
        late: usize,
        failing: usize,
        missing: usize,
    },
    /// `report status` of a folder that is not a synthesis.
    NotSynthesis {
        folder: String,
    },
    /// "2 lỗi, 1 cảnh báo": the summary of one folder.
    Counts {
        folder: String,
        errors: usize,
        warnings: usize,
        /// What report.yaml says of its warnings (`known_warnings`), said with them.
        #[serde(skip_serializing_if = "Option::is_none")]
        known_warnings: Option<String>,
    },
    /// More diagnostics of one code in one file than are shown.
    More {
        count: usize,
        code: String,
        file: String,
    },
    NoErrors {
        folder: String,
    },
    /// Nothing built: the data has errors.
    NotBuilt {
        folder: String,
    },
    /// Stopped on warnings because of `--deny-warnings`.
    DeniedWarnings {
        folder: String,
        warnings: usize,
    },
    Written {
        path: String,
    },
    Missing {
        path: String,
        /// The command that builds it.
        rebuild: String,
    },
    Stale {
        path: String,
        /// The command that rebuilds it.
        rebuild: String,
    },
    /// An output of a set a build was killed writing: the next build completes it.
    Interrupted {
        path: String,
    },
    UpToDate {
        folder: Option<String>,
    },
    Made {
        new: String,
        from: Option<String>,
    },
    Todo {
        place: String,
        what: TodoWhat,
    },
    Then {
        new: String,
    },
    // fatal
    NoDataFolder {
        folder: String,
    },
    FolderOfFolders {
        folder: String,
        inside: Vec<String>,
    },
    SameName {
        a: String,
        b: String,
        name: String,
    },
    CannotWrite {
        path: String,
        error: OsError,
    },
    InitExists {
        path: String,
    },
    /// `init --period` names no period.
    InitBadPeriod {
        value: String,
    },
    /// `init --period` and the new folder's name name two periods.
    InitPeriods {
        given: String,
        folder: String,
    },
    InitInvalid {
        new: String,
    },
    FileError {
        path: String,
        error: OsError,
    },
    BadLang {
        value: String,
    },
    /// The command line could not be parsed; clap's words as the detail.
    BadArguments {
        detail: String,
    },
}

/// What `init` asks the clerk to fill in or check.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum TodoWhat {
    Number,
    Date {
        date: String,
    },
    Summary {
        summary: String,
    },
    Opening,
    Sector,
    Appendix,
    /// `previous:` names the folder just copied from.
    Previous,
    /// `previous:` cleared: the new folder is not beside the one it comes from.
    PreviousCleared,
    /// A file a table takes its rows from.
    TableFile,
    /// A placeholder of the skeleton, in its own words.
    Fill {
        text: String,
    },
    /// `period:` set to the new period, whose cut-off it gives.
    Period {
        words: String,
        from: String,
        to: String,
    },
    /// `previous_year:` names the folder of the same period a year before.
    PreviousYear,
    /// `previous_year:` cleared: no folder of the same period a year before beside.
    /// A synthesis's units' folders, moved to the new period.
    UnitFolders {
        folders: String,
    },
    /// A synthesis's list of units, to fill.
    UnitsList,
    PreviousYearCleared,
    /// A section title whose period's words were advanced.
    Title {
        title: String,
    },
    /// The parent agency line, carried over.
    Parent {
        parent: String,
    },
}

impl TodoWhat {
    pub fn text(&self, lang: Lang) -> String {
        use TodoWhat::*;
        match self {
            Number => Tr {
                vi: "number: để trống, điền số khi văn thư cấp số".into(),
                en: "number: cleared, to be filled when the registry assigns it".into(),
            },
            Date { date } => Tr {
                vi: format!("date: đoán theo kỳ trước, kiểm tra lại: {date}"),
                en: format!("date: guessed from the previous period, check: {date}"),
            },
            Summary { summary } => Tr {
                vi: format!("summary: kiểm tra trích yếu của kỳ này: \"{summary}\""),
                en: format!("summary: check this period's summary: \"{summary}\""),
            },
            Opening => Tr {
                vi: "opening: điền văn bản yêu cầu báo cáo kỳ này (thay «điền: …»)".into(),
                en: "opening: cite this period's request (replace the placeholder)".into(),
            },
            Sector => Tr {
                vi: "nội dung kỳ trước: cập nhật mô hình, số liệu, khó khăn, đề xuất".into(),
                en: "the previous period's content: update models, figures, difficulties, proposals".into(),
            },
            PreviousCleared => Tr {
                vi: "previous: đã xóa vì thư mục mới không nằm cạnh thư mục kỳ trước; ghi ../TEN nếu cần so sánh số liệu".into(),
                en: "previous: cleared, the new folder is not beside the previous one; write ../NAME to compare figures".into(),
            },
            Previous => Tr {
                vi: "previous: kỳ trước, để so sánh số liệu (tăng, giảm so với kỳ trước)".into(),
                en: "previous: the previous period, to compare figures with (up, down)".into(),
            },
            Appendix => Tr {
                vi: "phụ lục kỳ trước: cập nhật nội dung, số liệu".into(),
                en: "the previous period's appendix: update its content and figures".into(),
            },
            TableFile => Tr {
                vi: "số liệu kỳ trước: thay bằng tệp của kỳ này".into(),
                en: "the previous period's figures: replace with this period's file".into(),
            },
            Fill { text } => Tr {
                vi: text.clone(),
                en: format!("fill in the placeholder \"{text}\""),
            },
            Period { words, from, to } => Tr {
                vi: format!("period: {words}; thời gian chốt số liệu từ {from} đến {to} (Nghị định 09/2019/NĐ-CP), in bằng [=ky-tu-ngay], [=ky-den-ngay]"),
                en: format!("period: {words}; data cut-off from {from} to {to} (Decree 09/2019/NĐ-CP), printed by [=ky-tu-ngay], [=ky-den-ngay]"),
            },
            Title { title } => Tr {
                vi: format!("sections: kiểm tra tên mục của kỳ này: \"{title}\""),
                en: format!("sections: check this period's section title: \"{title}\""),
            },
            PreviousYear => Tr {
                vi: "previous_year: cùng kỳ năm trước, để so sánh \"so với cùng kỳ\"".into(),
                en: "previous_year: the same period a year before, to compare with".into(),
            },
            UnitFolders { folders } => Tr {
                vi: format!("synthesis.folders: thư mục của các đơn vị kỳ này, \"{folders}\"; kiểm tra lại"),
                en: format!("synthesis.folders: the units' folders of this period, \"{folders}\"; check it"),
            },
            UnitsList => Tr {
                vi: "danh sách đơn vị: mỗi dòng một đơn vị, mã (Quyết định 19/2025/QĐ-TTg), tên, nhóm".into(),
                en: "the list of units: one unit per row, its code (Decision 19/2025/QĐ-TTg), name, group".into(),
            },
            PreviousYearCleared => Tr {
                vi: "previous_year: đã xóa vì không có thư mục cùng kỳ năm trước nằm cạnh; ghi ../TEN nếu cần".into(),
                en: "previous_year: cleared, no folder of the same period a year before beside; write ../NAME if needed".into(),
            },
            Parent { parent } => Tr {
                vi: format!("agency.parent: giữ như kỳ trước (\"{parent}\"); kiểm tra lại, từ ngày 01/7/2025 không còn cấp huyện"),
                en: format!("agency.parent: kept from the previous period (\"{parent}\"); check it, there is no district level since 1 July 2025"),
            },
        }
        .get(lang)
    }
}

/// Where a notice goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stream {
    /// A result, on stdout.
    Out,
    /// A problem, on stderr.
    Problem,
    /// A fatal error of the command, on stderr, headed `lỗi:` / `error:`.
    Fatal,
}

/// What the catalogue says of one notice: where it goes, and its text in every language,
/// written only when asked for (see the macro `tr!`).
struct Said<'a> {
    stream: Stream,
    text: Tr<Text<'a>>,
}

impl Notice {
    /// Whether the notice is a fatal error of the command.
    pub fn is_fatal(&self) -> bool {
        self.said(|s| s.stream == Stream::Fatal)
    }

    /// Whether the notice belongs on stderr (problems) rather than stdout (results).
    pub fn is_problem(&self) -> bool {
        self.said(|s| s.stream != Stream::Out)
    }

    /// The notice as one JSON object: its fields, `type`, `fatal` and `message`.
    pub fn json(&self, lang: Lang) -> String {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        if let Some(map) = value.as_object_mut() {
            map.insert("fatal".into(), self.is_fatal().into());
            map.insert("message".into(), self.text(lang).into());
        }
        value.to_string()
    }

    /// The notice as a line, fatal errors headed `lỗi:` / `error:`.
    pub fn text(&self, lang: Lang) -> String {
        self.said(|s| {
            let body = s.text.say(lang);
            if s.stream == Stream::Fatal {
                format!("{}: {body}", Word::Error.text(lang))
            } else {
                body
            }
        })
    }

    /// The catalogue's entry of the notice, lent to `read`.
    fn said<R>(&self, read: impl FnOnce(Said<'_>) -> R) -> R {
        use Notice::*;
        let said = match self {
            Counts {
                errors,
                warnings,
                known_warnings,
                ..
            } => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: match known_warnings {
                        Some(note) if *warnings > 0 => {
                            format!("{errors} lỗi, {warnings} cảnh báo (ghi chú của báo cáo: {note})")
                        }
                        _ => format!("{errors} lỗi, {warnings} cảnh báo"),
                    },
                    en: {
                        let counts = format!(
                            "{errors} error{}, {warnings} warning{}",
                            if *errors == 1 { "" } else { "s" },
                            if *warnings == 1 { "" } else { "s" }
                        );
                        match known_warnings {
                            Some(note) if *warnings > 0 => format!("{counts} (the report's note: {note})"),
                            _ => counts,
                        }
                    },
                },
            },
            More { count, code, file } => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: format!("… và {count} thông báo {code} nữa trong {file}"),
                    en: format!("… and {count} more {code} in {file}"),
                },
            },
            Unit {
                code,
                name,
                group,
                state,
                date,
                folder,
                error,
            } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: {
                        let group = group.as_ref().map(|g| format!(" ({g})")).unwrap_or_default();
                        let said = match *state {
                            "reported" => format!("đã báo cáo, ngày {}", date.as_deref().unwrap_or("?")),
                            "late" => format!("nộp muộn, ngày {}", date.as_deref().unwrap_or("?")),
                            "failing" => format!("có lỗi: {}", error.as_deref().unwrap_or("")),
                            _ => format!("chưa báo cáo: không có {folder}"),
                        };
                        format!("  {code} {name}{group}: {said}")
                    },
                    en: {
                        let group = group.as_ref().map(|g| format!(" ({g})")).unwrap_or_default();
                        let said = match *state {
                            "reported" => format!("reported, dated {}", date.as_deref().unwrap_or("?")),
                            "late" => format!("late, dated {}", date.as_deref().unwrap_or("?")),
                            "failing" => format!("fails: {}", error.as_deref().unwrap_or("")),
                            _ => format!("not reported: no {folder}"),
                        };
                        format!("  {code} {name}{group}: {said}")
                    },
                },
            },
            Units {
                folder,
                units,
                reported,
                late,
                failing,
                missing,
            } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: format!("{folder}: {units} đơn vị: {reported} đã báo cáo đúng hạn, {late} nộp muộn, {failing} có lỗi, {missing} chưa báo cáo"),
                    en: format!("{folder}: {units} units: {reported} reported on time, {late} late, {failing} failing, {missing} not reported"),
                },
            },
            NotSynthesis { folder } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("{folder} không phải báo cáo tổng hợp (report.yaml không có `synthesis:`)"),
                    en: format!("{folder} is not a synthesis (its report.yaml has no `synthesis:`)"),
                },
            },
            NoErrors { folder } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: format!("{folder}: không có lỗi"),
                    en: format!("{folder}: no errors"),
                },
            },
            Watching => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: "đang theo dõi thay đổi của dữ liệu (Ctrl+C để dừng)…",
                    en: "watching the data for changes (Ctrl+C to stop)…",
                },
            },
            Round { time } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: format!("──── {time}: dựng lại ────"),
                    en: format!("──── {time}: building again ────"),
                },
            },
            PdfNotCompared => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: "ghi chú: --check không so sánh PDF (PDF của LibreOffice không giống nhau từng byte giữa các lần dựng)",
                    en: "note: --check leaves the PDF out (LibreOffice's PDF is not byte-identical from run to run)",
                },
            },
            Figure {
                name,
                printed,
                earlier,
                defined,
                used,
                from,
                ..
            } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: format!(
                        "{name} = {}{} (định nghĩa: {defined}; dùng: {}){}",
                        printed.as_deref().unwrap_or("không tính được"),
                        earlier
                            .as_ref()
                            .map(|e| format!(", so với {e} của kỳ trước"))
                            .unwrap_or_default(),
                        if used.is_empty() {
                            "chưa dùng".to_string()
                        } else {
                            used.join(", ")
                        },
                        contributions(from, "từ")
                    ),
                    en: format!(
                        "{name} = {}{} (defined: {defined}; used: {}){}",
                        printed.as_deref().unwrap_or("not computed"),
                        earlier
                            .as_ref()
                            .map(|e| format!(", against {e} in the earlier period"))
                            .unwrap_or_default(),
                        if used.is_empty() {
                            "nowhere".to_string()
                        } else {
                            used.join(", ")
                        },
                        contributions(from, "from")
                    ),
                },
            },
            NotBuilt { folder } => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: format!("{folder}: không dựng vì dữ liệu có lỗi; các tệp cũ được giữ nguyên"),
                    en: format!("{folder}: nothing built, the data has errors; previous outputs are left as they were"),
                },
            },
            DeniedWarnings { folder, warnings } => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: format!("{folder}: dừng: {warnings} cảnh báo và --deny-warnings; các tệp cũ được giữ nguyên"),
                    en: format!(
                        "{folder}: stopped: {warnings} warning{} and --deny-warnings; previous outputs are left as they were",
                        if *warnings == 1 { "" } else { "s" }
                    ),
                },
            },
            Written { path } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: path.clone(),
                    en: path.clone(),
                },
            },
            Missing { path, rebuild } => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: format!("thiếu: {path}; dựng bằng: {rebuild}"),
                    en: format!("missing: {path}; build it with: {rebuild}"),
                },
            },
            Stale { path, rebuild } => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: format!("cũ: {path} khác với bản dựng từ dữ liệu; dựng lại bằng: {rebuild}"),
                    en: format!("stale: {path} differs from what the data builds; rebuild with: {rebuild}"),
                },
            },
            Interrupted { path } => Said {
                stream: Stream::Problem,
                text: tr! {
                    vi: format!("dở dang: {path} thuộc một lần dựng bị dừng giữa chừng; lần dựng sau sẽ hoàn tất"),
                    en: format!("interrupted: {path} belongs to a build stopped halfway; the next build completes it"),
                },
            },
            UpToDate { folder } => Said {
                stream: Stream::Out,
                text: match folder {
                    Some(f) => tr! {
                        vi: format!("{f}: các tệp kết quả đã khớp với dữ liệu"),
                        en: format!("{f}: the outputs are up to date"),
                    },
                    None => tr! {
                        vi: "các tệp kết quả đã khớp với dữ liệu",
                        en: "the outputs are up to date",
                    },
                },
            },
            Made { new, from } => Said {
                stream: Stream::Out,
                text: match from {
                    Some(from) => tr! {
                        vi: format!("Đã tạo {new} từ {from}. Cần điền hoặc kiểm tra:"),
                        en: format!("Made {new} from {from}. To fill in or check:"),
                    },
                    None => tr! {
                        vi: format!("Đã tạo {new}. Cần điền:"),
                        en: format!("Made {new}. To fill in:"),
                    },
                },
            },
            Todo { place, what } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: format!("  {place}: {}", what.text(Lang::Vi)),
                    en: format!("  {place}: {}", what.text(Lang::En)),
                },
            },
            Then { new } => Said {
                stream: Stream::Out,
                text: tr! {
                    vi: format!("Sau đó: report check {new}"),
                    en: format!("Then: report check {new}"),
                },
            },
            NoDataFolder { folder } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("không tìm thấy thư mục dữ liệu {folder}"),
                    en: format!("no data folder {folder}"),
                },
            },
            FolderOfFolders { folder, inside } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!(
                        "{folder} không phải một thư mục dữ liệu (thiếu report.yaml) mà chứa các thư mục dữ liệu: {}; chạy report check {}",
                        inside.join(", "),
                        inside.join(" ")
                    ),
                    en: format!(
                        "{folder} is not a data folder (it has no report.yaml) but holds data folders: {}; run report check {}",
                        inside.join(", "),
                        inside.join(" ")
                    ),
                },
            },
            SameName { a, b, name } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("{a} và {b} cùng tên `{name}`, kết quả sẽ ghi đè lên nhau"),
                    en: format!("{a} and {b} are both named `{name}`; their outputs would overwrite each other"),
                },
            },
            CannotWrite { path, error } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!(
                        "không ghi được {path}: {}; các tệp cũ được giữ nguyên",
                        error.text(Lang::Vi)
                    ),
                    en: format!(
                        "cannot write {path}: {}; previous outputs are left as they were",
                        error.text(Lang::En)
                    ),
                },
            },
            InitExists { path } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("{path} đã có; report init không ghi đè thư mục nào"),
                    en: format!("{path} exists; report init never overwrites a folder"),
                },
            },
            InitBadPeriod { value } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("kỳ báo cáo `{value}` sai dạng: {}; chưa tạo thư mục nào", figures::PERIOD_FORMS.vi),
                    en: format!("reporting period `{value}` is malformed: {}; nothing was made", figures::PERIOD_FORMS.en),
                },
            },
            InitPeriods { given, folder } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("--period {given} khác kỳ trong tên thư mục mới ({folder}); đặt tên thư mục theo kỳ báo cáo, hoặc bỏ --period; chưa tạo thư mục nào"),
                    en: format!("--period {given} differs from the period in the new folder's name ({folder}); name the folder for the period, or leave out --period; nothing was made"),
                },
            },
            InitInvalid { new } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("sửa các lỗi của kỳ trước rồi chạy lại; chưa tạo {new}"),
                    en: format!("fix the previous period's errors first; {new} was not made"),
                },
            },
            FileError { path, error } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("{path}: {}", error.text(Lang::Vi)),
                    en: format!("{path}: {}", error.text(Lang::En)),
                },
            },
            BadLang { value } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("--lang / REPORT_LANG: `{value}`: dùng vi hoặc en"),
                    en: format!("--lang / REPORT_LANG: `{value}`: use vi or en"),
                },
            },
            BadArguments { detail } => Said {
                stream: Stream::Fatal,
                text: tr! {
                    vi: format!("đối số dòng lệnh sai (chi tiết: {detail}); xem report --help"),
                    en: format!("wrong command-line arguments (detail: {detail}); see report --help"),
                },
            },
        };
        read(said)
    }
}

/// The units' figures a figure of a synthesis took, one per line under it: `  từ Xã Lai
/// Vung (30226): 120 hộ, xa/30226-lai-vung/2025-q4/sectors/02.yaml:5:3`.
fn contributions(from: &[Contribution], word: &str) -> String {
    from.iter()
        .map(|c| {
            format!(
                "\n  {word} {} ({}): {}, {}",
                c.unit, c.code, c.printed, c.place
            )
        })
        .collect()
}
