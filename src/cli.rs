//! The command line: arguments, and running a command to an exit code. Diagnostics are
//! printed here, once, in the format and language asked for.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::build::{self, Format};
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
    /// Kiểm tra rồi dựng báo cáo (DOCX, Markdown) từ một thư mục dữ liệu.
    Build {
        /// Thư mục dữ liệu, ví dụ data/2021-04.
        data_dir: PathBuf,
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
    },
    /// Chỉ kiểm tra dữ liệu, in mọi lỗi tìm thấy.
    Check {
        /// Thư mục dữ liệu, ví dụ data/2021-04.
        data_dir: PathBuf,
        /// Coi cảnh báo là lỗi (cho CI).
        #[arg(long)]
        deny_warnings: bool,
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
struct Io<'a> {
    stdout: &'a mut dyn Write,
    stderr: &'a mut dyn Write,
    lang: Lang,
    format: MessageFormat,
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
            data_dir,
            out,
            format,
            templates,
            deny_warnings,
        } => {
            let mut formats: Vec<Format> = format.into_iter().map(Format::from).collect();
            formats.sort();
            formats.dedup();
            let job = Job {
                data_dir: &data_dir,
                out: &out,
                formats: &formats,
                templates: templates.as_deref(),
                deny_warnings,
            };
            job.build(&mut io)
        }
        Command::Check {
            data_dir,
            deny_warnings,
        } => check(&data_dir, deny_warnings, &mut io),
        Command::Schema { out } => schema(&out, &mut io),
    }
}

fn check(data_dir: &Path, deny_warnings: bool, io: &mut Io) -> u8 {
    if let Some(code) = missing_dir(data_dir, io) {
        return code;
    }
    let (_, diags) = build::prepare(data_dir);
    if print_diagnostics(&diags, deny_warnings, io) {
        return EXIT_PROBLEMS;
    }
    let _ = match io.lang {
        Lang::Vi => writeln!(io.stdout, "{}: không có lỗi", data_dir.display()),
        Lang::En => writeln!(io.stdout, "{}: no errors", data_dir.display()),
    };
    EXIT_OK
}

/// One build of one data folder.
struct Job<'a> {
    data_dir: &'a Path,
    out: &'a Path,
    formats: &'a [Format],
    templates: Option<&'a Path>,
    deny_warnings: bool,
}

impl Job<'_> {
    fn build(&self, io: &mut Io) -> u8 {
        if let Some(code) = missing_dir(self.data_dir, io) {
            return code;
        }
        let (doc, diags) = build::prepare(self.data_dir);
        let failed = print_diagnostics(&diags, self.deny_warnings, io);
        let Some(doc) = doc.filter(|_| !failed) else {
            let _ = match io.lang {
                Lang::Vi => writeln!(
                    io.stderr,
                    "không dựng báo cáo vì dữ liệu có lỗi; các tệp cũ được giữ nguyên"
                ),
                Lang::En => writeln!(
                    io.stderr,
                    "nothing built: the data has errors; previous outputs are left as they were"
                ),
            };
            return EXIT_PROBLEMS;
        };
        let default_templates = self.data_dir.join("templates");
        let templates = self.templates.or(Some(default_templates.as_path()));
        let name = build::output_name(self.data_dir);
        let outputs = match build::render(&doc, &name, self.out, self.formats, templates) {
            Ok(outputs) => outputs,
            Err(diags) => {
                print_diagnostics(&diags, false, io);
                return EXIT_PROBLEMS;
            }
        };
        write_all(&outputs, io)
    }
}

fn write_all(outputs: &[build::Output], io: &mut Io) -> u8 {
    for output in outputs {
        if let Err(e) = build::write_atomically(output) {
            let _ = writeln!(io.stderr, "error: {}: {e}", output.path.display());
            return EXIT_USAGE;
        }
        let _ = writeln!(io.stdout, "{}", output.path.display());
    }
    EXIT_OK
}

fn schema(out: &Path, io: &mut Io) -> u8 {
    let outputs: Vec<build::Output> = crate::schema::files()
        .into_iter()
        .map(|(name, text)| build::Output {
            path: out.join(name),
            bytes: text.into_bytes(),
        })
        .collect();
    write_all(&outputs, io)
}

/// Exit code 2 when the data folder does not exist.
fn missing_dir(data_dir: &Path, io: &mut Io) -> Option<u8> {
    if data_dir.is_dir() {
        return None;
    }
    let _ = match io.lang {
        Lang::Vi => writeln!(
            io.stderr,
            "error: không tìm thấy thư mục dữ liệu {}",
            data_dir.display()
        ),
        Lang::En => writeln!(io.stderr, "error: no data folder {}", data_dir.display()),
    };
    Some(EXIT_USAGE)
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
