//! The `report` binary: parse arguments, run, exit.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // a child that renders a data folder's templates apart (`render::isolated`)
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == report::render::isolated::ARG)
    {
        return ExitCode::from(report::render::isolated::child_main());
    }
    let cli = report::cli::Cli::parse();
    let code = report::cli::run(cli, &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(code)
}
