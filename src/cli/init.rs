//! `report init`: prints what was made and what the clerk must fill in.

use std::path::Path;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Io, print_diagnostics};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::init::{self, InitError};
use crate::messages::{Message, Notice};

pub fn run(
    new: &Path,
    from: Option<&Path>,
    period: Option<&str>,
    synthesis: bool,
    io: &mut Io,
) -> u8 {
    let result = init::period_for(new, period).and_then(|period| match from {
        Some(prev) => init::from_previous(prev, new, period),
        None => init::skeleton(new, period, synthesis),
    });
    let n = new.display().to_string();
    match result {
        Ok(todos) => {
            io.notice(Notice::Made {
                new: n.clone(),
                from: from.map(|p| p.display().to_string()),
            });
            for todo in todos {
                let place = match todo.line {
                    Some(line) => format!("{}:{line}", todo.file.display()),
                    None => todo.file.display().to_string(),
                };
                io.notice(Notice::Todo {
                    place,
                    what: todo.what,
                });
            }
            io.notice(Notice::Then { new: n });
            EXIT_OK
        }
        Err(InitError::Exists(path)) => {
            io.notice(Notice::InitExists {
                path: path.display().to_string(),
            });
            EXIT_USAGE
        }
        Err(InitError::Invalid(diags)) => {
            print_diagnostics(&diags, false, from.unwrap_or(new), io);
            io.notice(Notice::InitInvalid { new: n });
            EXIT_PROBLEMS
        }
        Err(InitError::NoPrevious(path)) => {
            let mut diags = Diagnostics::default();
            diags.push(Diagnostic::new(Message::NoDataFolder, &path));
            print_diagnostics(&diags, false, &path, io);
            EXIT_USAGE
        }
        Err(InitError::BadPeriod(value)) => {
            io.notice(Notice::InitBadPeriod { value });
            EXIT_USAGE
        }
        Err(InitError::Periods(given, folder)) => {
            io.notice(Notice::InitPeriods { given, folder });
            EXIT_USAGE
        }
        Err(InitError::Io(path, e)) => {
            io.notice(Notice::FileError {
                path: path.display().to_string(),
                error: (&e).into(),
            });
            EXIT_USAGE
        }
    }
}
