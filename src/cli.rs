//! The command line: arguments, and running a command to an exit code. Diagnostics are
//! printed here, once.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::build::{self, Format};
use crate::diagnostic::Diagnostics;

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
    },
    /// Chỉ kiểm tra dữ liệu, in mọi lỗi tìm thấy.
    Check {
        /// Thư mục dữ liệu, ví dụ data/2021-04.
        data_dir: PathBuf,
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

/// Runs a parsed command line; returns the exit code.
pub fn run(cli: Cli, stdout: &mut dyn Write, stderr: &mut dyn Write) -> u8 {
    match cli.command {
        Command::Build {
            data_dir,
            out,
            format,
            templates,
        } => {
            let mut formats: Vec<Format> = format.into_iter().map(Format::from).collect();
            formats.sort();
            formats.dedup();
            build(
                &data_dir,
                &out,
                &formats,
                templates.as_deref(),
                stdout,
                stderr,
            )
        }
        Command::Check { data_dir } => {
            if let Some(code) = missing_dir(&data_dir, stderr) {
                return code;
            }
            let (_, diags) = build::prepare(&data_dir);
            let failed = print_diagnostics(&diags, stderr);
            if failed {
                EXIT_PROBLEMS
            } else {
                let _ = writeln!(stdout, "{}: không có lỗi", data_dir.display());
                EXIT_OK
            }
        }
    }
}

fn build(
    data_dir: &Path,
    out: &Path,
    formats: &[Format],
    templates: Option<&Path>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8 {
    if let Some(code) = missing_dir(data_dir, stderr) {
        return code;
    }
    let (doc, diags) = build::prepare(data_dir);
    let failed = print_diagnostics(&diags, stderr);
    let Some(doc) = doc.filter(|_| !failed) else {
        let _ = writeln!(
            stderr,
            "không dựng báo cáo vì dữ liệu có lỗi; các tệp cũ được giữ nguyên"
        );
        return EXIT_PROBLEMS;
    };
    let default_templates = data_dir.join("templates");
    let templates = templates.or(Some(default_templates.as_path()));
    let name = build::output_name(data_dir);
    let outputs = match build::render(&doc, &name, out, formats, templates) {
        Ok(outputs) => outputs,
        Err(diags) => {
            print_diagnostics(&diags, stderr);
            return EXIT_PROBLEMS;
        }
    };
    for output in &outputs {
        if let Err(e) = build::write_atomically(output) {
            let _ = writeln!(
                stderr,
                "error: không ghi được {}: {e}",
                output.path.display()
            );
            return EXIT_USAGE;
        }
        let _ = writeln!(stdout, "{}", output.path.display());
    }
    EXIT_OK
}

/// Exit code 2 when the data folder does not exist.
fn missing_dir(data_dir: &Path, stderr: &mut dyn Write) -> Option<u8> {
    if data_dir.is_dir() {
        return None;
    }
    let _ = writeln!(
        stderr,
        "error: không tìm thấy thư mục dữ liệu {}",
        data_dir.display()
    );
    Some(EXIT_USAGE)
}

/// Prints every diagnostic; true when there was an error among them.
fn print_diagnostics(diags: &Diagnostics, stderr: &mut dyn Write) -> bool {
    for d in diags.iter() {
        let _ = writeln!(stderr, "{d}");
    }
    diags.has_errors()
}
