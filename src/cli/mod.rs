//! The command line: arguments, and running a command to an exit code. Diagnostics are
//! printed here, once, in the format and language asked for.

mod build;
mod init;

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

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
    /// Kiểm tra rồi dựng báo cáo (DOCX, Markdown) từ một hoặc nhiều thư mục dữ liệu.
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
        /// Không ghi gì; báo lỗi nếu tệp trong --out thiếu hoặc khác với bản sẽ dựng (cho CI).
        #[arg(long)]
        check: bool,
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
    },
    /// Ghi JSON Schema (draft-07) của report.yaml và các tệp lĩnh vực, cho trình soạn thảo.
    Schema {
        /// Thư mục ghi report.schema.json và sector.schema.json.
        #[arg(long, default_value = "schema")]
        out: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Docx,
    Md,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Docx => Format::Docx,
            FormatArg::Md => Format::Markdown,
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
        } => {
            let mut formats: Vec<Format> = format.into_iter().map(Format::from).collect();
            formats.sort();
            formats.dedup();
            let plan = build::Plan {
                out: &out,
                formats: &formats,
                templates: templates.as_deref(),
                deny_warnings,
                mode: if check {
                    build::Mode::Check
                } else {
                    build::Mode::Write
                },
                source_date_epoch: source_date_epoch(),
            };
            build::run(&data_dirs, &plan, &mut io)
        }
        Command::Check {
            data_dirs,
            deny_warnings,
        } => build::check(&data_dirs, deny_warnings, &mut io),
        Command::Init { new_dir, from } => init::run(&new_dir, from.as_deref(), &mut io),
        Command::Schema { out } => schema(&out, &mut io),
    }
}

/// `SOURCE_DATE_EPOCH`, when set to a number (reproducible-builds.org).
fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

fn schema(out: &Path, io: &mut Io) -> u8 {
    let outputs: Vec<crate::build::Output> = crate::schema::files()
        .into_iter()
        .map(|(name, text)| crate::build::Output {
            path: out.join(name),
            bytes: text.into_bytes(),
        })
        .collect();
    if let Err((path, e)) = crate::build::write_all(&outputs) {
        io.notice(Notice::CannotWrite {
            path: path.display().to_string(),
            error: (&e).into(),
        });
        return EXIT_USAGE;
    }
    for o in &outputs {
        io.notice(Notice::Written {
            path: o.path.display().to_string(),
        });
    }
    EXIT_OK
}

/// Prints every diagnostic of `folder` and their counts; true when the run must fail
/// (an error, or a warning with `deny_warnings`), and then says why it stops when the
/// reason is the warnings.
fn print_diagnostics(diags: &Diagnostics, deny_warnings: bool, folder: &Path, io: &mut Io) -> bool {
    let _ = io
        .stderr
        .write_all(diag_render::render(diags, io.format, io.lang).as_bytes());
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
