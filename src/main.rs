//! The `report` binary: parse arguments, run, exit.

use std::process::ExitCode;

fn main() -> ExitCode {
    let (mut stdout, mut stderr) = (std::io::stdout(), std::io::stderr());
    let code = match report::cli::parse(std::env::args_os().collect(), &mut stdout, &mut stderr) {
        Ok(cli) => report::cli::run(cli, &mut stdout, &mut stderr),
        Err(code) => code,
    };
    ExitCode::from(code)
}
