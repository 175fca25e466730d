//! The `report` binary: parse arguments, run, exit.

use std::process::ExitCode;

fn main() -> ExitCode {
    // a child that renders a data folder's templates apart (`render::isolated`)
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == report::render::isolated::ARG)
    {
        return ExitCode::from(report::render::isolated::child_main());
    }
    let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
    let code = match report::cli::parse(std::env::args_os().collect(), &mut stdout, &mut stderr) {
        Ok(cli) => report::cli::run(cli, &mut stdout, &mut stderr),
        Err(code) => code,
    };
    ExitCode::from(code)
}
