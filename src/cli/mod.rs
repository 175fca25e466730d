//! The command line: arguments, and running a command to an exit code. Diagnostics are
//! printed here, once, in the format and language asked for.

mod build;
mod clap_vi;
mod explain;
mod init;
mod status;
mod watch;

use std::io::Write;
use std::path::{Path, PathBuf};

use std::ffi::OsString;

use clap::{Arg, ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::build::Format;
use crate::diagnostic::render::{self as diag_render, Format as MessageFormat};
use crate::diagnostic::{Diagnostics, Severity};
use crate::messages::{Lang, Notice};

/// Exit code: success (warnings allowed).
pub const EXIT_OK: u8 = 0;
/// Exit code: the data or the outputs have problems.
pub const EXIT_PROBLEMS: u8 = 1;
/// Exit code: the command itself could not run.
pub const EXIT_USAGE: u8 = 2;

/// Báo cáo hành chính theo Nghị định 30/2020/NĐ-CP, từ dữ liệu YAML.
#[derive(Debug, Parser)]
#[command(name = "report", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// How diagnostics are printed.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Ngôn ngữ thông báo: vi (mặc định) hoặc en.
    #[arg(long, global = true, env = "REPORT_LANG", default_value = "vi")]
    pub lang: String,
    /// Dạng thông báo: human (mặc định), short (một dòng mỗi lỗi), json (một đối tượng mỗi dòng).
    #[arg(long, global = true, value_enum, default_value = "human")]
    pub message_format: MessageFormatArg,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Kiểm tra rồi dựng báo cáo (DOCX, Markdown, PDF) từ một hoặc nhiều thư mục dữ liệu.
    Build {
        /// Thư mục dữ liệu, ví dụ data/2021-04 (nhiều thư mục: data/*).
        #[arg(required = true)]
        data_dirs: Vec<PathBuf>,
        /// Thư mục ghi kết quả.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Định dạng cần dựng, cách nhau bởi dấu phẩy.
        #[arg(long, value_delimiter = ',', default_value = "docx,md")]
        format: Vec<FormatArg>,
        /// Thư mục mẫu Markdown thay cho mẫu có sẵn (mặc định: DATA_DIR/templates).
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Coi cảnh báo là lỗi (cho CI).
        #[arg(long)]
        deny_warnings: bool,
        /// Không ghi gì; báo lỗi nếu tệp trong --out thiếu hoặc khác với bản sẽ dựng (cho CI). PDF không được so sánh.
        #[arg(long)]
        check: bool,
        /// Đường dẫn chương trình LibreOffice (soffice) để dựng PDF (mặc định: tìm trong PATH).
        #[arg(long, env = "REPORT_SOFFICE")]
        soffice: Option<PathBuf>,
        /// Thời gian chờ tối đa mỗi lần LibreOffice chuyển sang PDF, giây.
        #[arg(long, default_value_t = 120)]
        pdf_timeout: u64,
        /// Dựng PDF thường thay cho PDF/A-1b (mặc định PDF/A-1b, dạng lưu trữ).
        #[arg(long)]
        no_pdfa: bool,
        /// Dựng lại mỗi khi tệp dữ liệu thay đổi, cho đến khi dừng bằng Ctrl+C; dữ liệu có lỗi thì giữ các tệp kết quả cũ.
        #[arg(long, conflicts_with = "check")]
        watch: bool,
    },
    /// Chỉ kiểm tra dữ liệu, in mọi lỗi tìm thấy.
    Check {
        /// Thư mục dữ liệu, ví dụ data/2021-04 (nhiều thư mục: data/*).
        #[arg(required = true)]
        data_dirs: Vec<PathBuf>,
        /// Coi cảnh báo là lỗi (cho CI).
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Tạo thư mục dữ liệu cho kỳ báo cáo mới, từ kỳ trước hoặc từ khung trống.
    Init {
        /// Thư mục mới (chưa tồn tại), ví dụ data/2021-05.
        new_dir: PathBuf,
        /// Thư mục của kỳ trước, ví dụ data/2021-04.
        #[arg(long)]
        from: Option<PathBuf>,
        /// Kỳ báo cáo, ví dụ 2026-q3.
        #[arg(long)]
        period: Option<String>,
        /// Khung báo cáo tổng hợp từ báo cáo của các đơn vị.
        #[arg(long, conflicts_with = "from")]
        synthesis: bool,
    },
    /// In mọi số liệu có tên: giá trị khi in, nơi định nghĩa, nơi dùng.
    Figures {
        /// Thư mục dữ liệu, ví dụ data/2021-04.
        data_dir: PathBuf,
    },
    /// Tình trạng báo cáo của các đơn vị trong báo cáo tổng hợp.
    Status {
        /// Thư mục dữ liệu của báo cáo tổng hợp.
        data_dir: PathBuf,
    },
    /// Ghi JSON Schema (draft-07) của report.yaml và các tệp lĩnh vực, cho trình soạn thảo.
    Schema {
        /// Thư mục ghi report.schema.json và sector.schema.json.
        #[arg(long, default_value = "schema")]
        out: PathBuf,
    },
    /// Giải thích một mã lỗi: quy định, ví dụ và cách sửa; không ghi mã thì in mọi mã.
    Explain {
        /// Mã lỗi, ví dụ E-blank.
        code: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Docx,
    Md,
    Pdf,
    /// The Phụ lục VI metadata, NAME.meta.json.
    Meta,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Docx => Format::Docx,
            FormatArg::Md => Format::Markdown,
            FormatArg::Pdf => Format::Pdf,
            FormatArg::Meta => Format::Metadata,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MessageFormatArg {
    Human,
    Short,
    Json,
}

/// Where a command writes, and how it speaks.
pub struct Io<'a> {
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
    pub lang: Lang,
    pub format: MessageFormat,
}

impl Io<'_> {
    /// Tells a notice of the catalogue, in the language and format of the run: results
    /// on stdout, problems on stderr; in JSON, one object per line.
    fn notice(&mut self, n: Notice) {
        let line = match self.format {
            MessageFormat::Json => diag_render::json_safe(n.json(self.lang)),
            _ => diag_render::escape(&n.text(self.lang)).into_owned(),
        };
        let out = if n.is_problem() {
            &mut self.stderr
        } else {
            &mut self.stdout
        };
        let _ = writeln!(out, "{line}");
    }
}

/// The command line in `lang`: every text of `--help` comes from the catalogue.
pub fn command(lang: Lang) -> clap::Command {
    use crate::messages::Help as H;
    let t = move |h: H| h.text(lang);
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        t(H::Usage)
    );
    let opt = move |a: Arg, h: H| {
        a.help(t(h))
            .help_heading(t(H::Options))
            .hide_default_value(true)
            .hide_possible_values(true)
            .hide_env(true)
    };
    let flag = move |a: Arg, h: H| a.help(t(h)).help_heading(t(H::Options));
    let pos = move |a: Arg, h: H| a.help(t(h)).help_heading(t(H::Arguments));
    let sub = |c: clap::Command, h: H| {
        c.about(t(h))
            .help_template(template.clone())
            .disable_help_flag(true)
    };
    Cli::command()
        .about(t(H::About))
        .help_template(template.clone())
        .subcommand_help_heading(t(H::Commands))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(t(H::HelpFlag))
                .help_heading(t(H::Options)),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t(H::VersionFlag))
                .help_heading(t(H::Options)),
        )
        .mut_arg("lang", |a| opt(a, H::LangFlag))
        .mut_arg("message_format", |a| opt(a, H::MessageFormat))
        .mut_subcommand("build", |c| {
            sub(c, H::Build)
                .mut_arg("data_dirs", |a| pos(a, H::DataDirs))
                .mut_arg("out", |a| opt(a, H::Out))
                .mut_arg("format", |a| opt(a, H::Formats))
                .mut_arg("templates", |a| opt(a, H::Templates))
                .mut_arg("deny_warnings", |a| flag(a, H::DenyWarnings))
                .mut_arg("check", |a| flag(a, H::CheckOutputs))
                .mut_arg("soffice", |a| opt(a, H::Soffice))
                .mut_arg("pdf_timeout", |a| opt(a, H::PdfTimeout))
                .mut_arg("no_pdfa", |a| flag(a, H::NoPdfa))
                .mut_arg("watch", |a| flag(a, H::Watch))
        })
        .mut_subcommand("check", |c| {
            sub(c, H::Check)
                .mut_arg("data_dirs", |a| pos(a, H::DataDirs))
                .mut_arg("deny_warnings", |a| flag(a, H::DenyWarnings))
        })
        .mut_subcommand("init", |c| {
            sub(c, H::Init)
                .mut_arg("new_dir", |a| pos(a, H::NewDir))
                .mut_arg("from", |a| opt(a, H::From))
                .mut_arg("period", |a| opt(a, H::Period))
                .mut_arg("synthesis", |a| flag(a, H::Synthesis))
        })
        .mut_subcommand("figures", |c| {
            sub(c, H::Figures).mut_arg("data_dir", |a| pos(a, H::FigureDir))
        })
        .mut_subcommand("status", |c| {
            sub(c, H::Status).mut_arg("data_dir", |a| pos(a, H::StatusDir))
        })
        .mut_subcommand("schema", |c| {
            sub(c, H::Schema).mut_arg("out", |a| opt(a, H::SchemaOut))
        })
        .mut_subcommand("explain", |c| {
            sub(c, H::Explain).mut_arg("code", |a| pos(a, H::ExplainCode))
        })
}

/// The language a command line asks for, before it is parsed (for `--help` and for
/// errors in the arguments): `--lang`, else `REPORT_LANG`, else Vietnamese.
pub fn lang_of(args: &[OsString], env: Option<&str>) -> Lang {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(v) => v.strip_prefix('=').map(str::to_string),
            None => None,
        });
    flag.as_deref()
        .or(env)
        .and_then(Lang::parse)
        .unwrap_or_default()
}

/// Parses a command line with the help in its language. An error in the arguments is
/// printed, in that language (clap's own words follow as the detail), with exit 2;
/// `--help` and `--version` print and exit 0.
pub fn parse(
    args: Vec<OsString>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<Cli, u8> {
    let env = std::env::var("REPORT_LANG").ok();
    let lang = lang_of(&args, env.as_deref());
    let json = args
        .windows(2)
        .any(|w| w[0] == "--message-format" && w[1] == "json")
        || args.iter().any(|a| a == "--message-format=json");
    let error = match command(lang).try_get_matches_from(&args) {
        Ok(matches) => match Cli::from_arg_matches(&matches) {
            Ok(cli) => return Ok(cli),
            Err(e) => e,
        },
        Err(e) => e,
    };
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let _ = write!(stdout, "{}", error.render());
        return Err(EXIT_OK);
    }
    let rendered = error.render().to_string();
    // in Vietnamese what a clerk meets; otherwise clap's words up to its usage line, on
    // one line
    let said = (lang == Lang::Vi)
        .then(|| clap_vi::detail(&error))
        .flatten();
    let detail = said.unwrap_or_else(|| {
        rendered
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ")
            .trim_start_matches("error: ")
            .to_string()
    });
    let mut io = Io {
        stdout,
        stderr,
        lang,
        format: if json {
            MessageFormat::Json
        } else {
            MessageFormat::Human
        },
    };
    io.notice(Notice::BadArguments { detail });
    Err(EXIT_USAGE)
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli, stdout: &mut dyn Write, stderr: &mut dyn Write) -> u8 {
    let format = match cli.output.message_format {
        MessageFormatArg::Human => MessageFormat::Human,
        MessageFormatArg::Short => MessageFormat::Short,
        MessageFormatArg::Json => MessageFormat::Json,
    };
    let Some(lang) = Lang::parse(&cli.output.lang) else {
        let mut io = Io {
            stdout,
            stderr,
            lang: Lang::default(),
            format,
        };
        io.notice(Notice::BadLang {
            value: cli.output.lang.clone(),
        });
        return EXIT_USAGE;
    };
    let mut io = Io {
        stdout,
        stderr,
        lang,
        format,
    };
    match cli.command {
        Command::Build {
            data_dirs,
            out,
            format,
            templates,
            deny_warnings,
            check,
            soffice,
            pdf_timeout,
            no_pdfa,
            watch,
        } => {
            let mut formats: Vec<Format> = format.into_iter().map(Format::from).collect();
            formats.sort();
            formats.dedup();
            let plan = crate::build::Plan {
                out: &out,
                formats: &formats,
                templates: templates.as_deref(),
                deny_warnings,
                mode: if check {
                    crate::build::Mode::Check
                } else {
                    crate::build::Mode::Write
                },
                source_date_epoch: source_date_epoch(),
                pdf: crate::build::PdfPlan {
                    soffice: soffice.as_deref(),
                    timeout: std::time::Duration::from_secs(pdf_timeout.max(1)),
                    flavour: if no_pdfa {
                        crate::pdf::Flavour::Plain
                    } else {
                        crate::pdf::Flavour::PdfA1b
                    },
                },
            };
            if watch {
                watch::watch(&data_dirs, &plan, &mut io)
            } else {
                build::run(&data_dirs, &plan, &mut io)
            }
        }
        Command::Check {
            data_dirs,
            deny_warnings,
        } => build::check(&data_dirs, deny_warnings, &mut io),
        Command::Init {
            new_dir,
            from,
            period,
            synthesis,
        } => init::run(
            &new_dir,
            from.as_deref(),
            period.as_deref(),
            synthesis,
            &mut io,
        ),
        Command::Figures { data_dir } => figures(&data_dir, &mut io),
        Command::Status { data_dir } => status::run(&data_dir, &mut io),
        Command::Schema { out } => schema(&out, &mut io),
        Command::Explain { code } => explain::run(code.as_deref(), &mut io),
    }
}

/// `report figures`: every named figure with its places; the data's problems too, and
/// exit 1 when it has errors.
fn figures(dir: &Path, io: &mut Io) -> u8 {
    let (loaded, mut diags) = crate::load::load(dir);
    let Some(mut loaded) = loaded else {
        print_diagnostics(&diags, false, dir, io);
        return EXIT_PROBLEMS;
    };
    crate::synthesis::gather(&mut loaded);
    let (entries, more) = crate::validate::figures_of(&loaded);
    diags.extend(more);
    let place = |span: &crate::source::Span| {
        let p = loaded.sources.position(span);
        format!(
            "{}:{}:{}",
            loaded.sources.path(span.file).display(),
            p.line,
            p.column
        )
    };
    for e in &entries {
        io.notice(Notice::Figure {
            name: e.name.clone(),
            // the number as printed, at its decimals (its unit and decimals beside it)
            value: e
                .figure
                .as_ref()
                .map(|f| crate::numbers::round(f.value, f.decimals).to_string()),
            printed: e.figure.as_ref().map(|f| f.text.clone()),
            decimals: e.figure.as_ref().map(|f| f.decimals),
            unit: e.figure.as_ref().and_then(|f| f.unit.clone()),
            earlier: e.figure.as_ref().and_then(|f| f.earlier.clone()),
            defined: place(&e.defined),
            used: e.used.iter().map(place).collect(),
            from: e.from.clone(),
        });
    }
    if print_diagnostics(&diags, false, dir, io) {
        EXIT_PROBLEMS
    } else {
        EXIT_OK
    }
}

/// `SOURCE_DATE_EPOCH`, when set to a number (reproducible-builds.org).
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

fn schema(out: &Path, io: &mut Io) -> u8 {
    let outputs: Vec<crate::build::Output> = crate::schema::files()
        .into_iter()
        .map(|(name, text)| crate::build::Output::new(out.join(name), text.into_bytes()))
        .collect();
    let paths: Vec<PathBuf> = outputs.iter().map(|o| o.path.clone()).collect();
    if let Err(e) = crate::build::write_all(outputs) {
        build::write_failed(e, io);
        return EXIT_USAGE;
    }
    for path in &paths {
        io.notice(Notice::Written {
            path: path.display().to_string(),
        });
    }
    EXIT_OK
}

/// Prints every diagnostic of `folder` and their counts; true when the run must fail
/// (an error, or a warning with `deny_warnings`), and then says why it stops when the
/// reason is the warnings.
fn print_diagnostics(diags: &Diagnostics, deny_warnings: bool, folder: &Path, io: &mut Io) -> bool {
    let _ = diag_render::render_into(diags, io.format, io.lang, &mut io.stderr);
    let counts = diag_render::counts(diags, &folder.display().to_string());
    match io.format {
        MessageFormat::Human if !diags.is_empty() => io.notice(counts),
        MessageFormat::Json => io.notice(counts),
        _ => {}
    }
    let warnings = diags.count(Severity::Warning);
    let denied = deny_warnings && warnings > 0;
    if denied && !diags.has_errors() {
        io.notice(Notice::DeniedWarnings {
            folder: folder.display().to_string(),
            warnings,
        });
    }
    diags.has_errors() || denied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed_in_every_language() {
        for lang in [Lang::Vi, Lang::En] {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn the_language_is_known_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_of(&args(&["report", "--lang", "en"]), None), Lang::En);
        assert_eq!(
            lang_of(&args(&["report", "--lang=en"]), Some("vi")),
            Lang::En
        );
        assert_eq!(
            lang_of(&args(&["report", "check"]), Some("en_US.UTF-8")),
            Lang::En
        );
        assert_eq!(lang_of(&args(&["report", "check"]), None), Lang::Vi);
    }
}
