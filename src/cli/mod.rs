//! The command line: arguments, and running a command to an exit code. Diagnostics are
//! printed here, once, in the format and language asked for.

mod build;
mod init;
mod watch;

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::build::Format;
use crate::diagnostic::render::{self as diag_render, Format as MessageFormat};
use crate::diagnostic::{Diagnostics, Severity};
use crate::messages::Lang;

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
    /// A line on stdout in the language of the run.
    fn say(&mut self, vi: impl std::fmt::Display, en: impl std::fmt::Display) {
        let _ = match self.lang {
            Lang::Vi => writeln!(self.stdout, "{vi}"),
            Lang::En => writeln!(self.stdout, "{en}"),
        };
    }

    /// A line on stderr in the language of the run.
    fn complain(&mut self, vi: impl std::fmt::Display, en: impl std::fmt::Display) {
        let _ = match self.lang {
            Lang::Vi => writeln!(self.stderr, "{vi}"),
            Lang::En => writeln!(self.stderr, "{en}"),
        };
    }
}

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli, stdout: &mut dyn Write, stderr: &mut dyn Write) -> u8 {
    let Some(lang) = Lang::parse(&cli.output.lang) else {
        let _ = writeln!(
            stderr,
            "error: --lang / REPORT_LANG: `{}`: vi | en",
            cli.output.lang
        );
        return EXIT_USAGE;
    };
    let format = match cli.output.message_format {
        MessageFormatArg::Human => MessageFormat::Human,
        MessageFormatArg::Short => MessageFormat::Short,
        MessageFormatArg::Json => MessageFormat::Json,
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
                pdf: build::PdfPlan {
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
    if let Err(e) = crate::build::write_all(&outputs) {
        build::write_failed(e, io);
        return EXIT_USAGE;
    }
    for o in &outputs {
        let _ = writeln!(io.stdout, "{}", o.path.display());
    }
    EXIT_OK
}

/// Prints every diagnostic; true when the run must fail (an error, or a warning with
/// `deny_warnings`).
fn print_diagnostics(diags: &Diagnostics, deny_warnings: bool, io: &mut Io) -> bool {
    let _ = io
        .stderr
        .write_all(diag_render::render(diags, io.format, io.lang).as_bytes());
    if io.format == MessageFormat::Human && !diags.is_empty() {
        let _ = writeln!(io.stderr, "{}", diag_render::summary(diags, io.lang));
    }
    diags.has_errors() || (deny_warnings && diags.count(Severity::Warning) > 0)
}
