//! `report init`: prints what was made and what the clerk must fill in.

use std::path::Path;

use super::{EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, Io, print_diagnostics};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::init::{self, InitError};
use crate::messages::Message;

pub fn run(new: &Path, from: Option<&Path>, io: &mut Io) -> u8 {
    let result = match from {
        Some(prev) => init::from_previous(prev, new, io.lang),
        None => init::skeleton(new),
    };
    let n = new.display();
    match result {
        Ok(todos) => {
            match from {
                Some(prev) => {
                    let p = prev.display();
                    io.say(
                        format!("Đã tạo {n} từ {p}. Cần điền hoặc kiểm tra:"),
                        format!("Made {n} from {p}. To fill in or check:"),
                    );
                }
                None => io.say(
                    format!("Đã tạo {n}. Cần điền:"),
                    format!("Made {n}. To fill in:"),
                ),
            }
            for todo in todos {
                let place = match todo.line {
                    Some(line) => format!("{}:{line}", todo.file.display()),
                    None => todo.file.display().to_string(),
                };
                io.say(
                    format!("  {place}: {}", todo.what),
                    format!("  {place}: {}", todo.what),
                );
            }
            io.say(
                format!("Sau đó: report check {n}"),
                format!("Then: report check {n}"),
            );
            EXIT_OK
        }
        Err(InitError::Exists(path)) => {
            let p = path.display();
            io.complain(
                format!("error: {p} đã có; report init không ghi đè thư mục nào"),
                format!("error: {p} exists; report init never overwrites a folder"),
            );
            EXIT_USAGE
        }
        Err(InitError::Invalid(diags)) => {
            print_diagnostics(&diags, false, io);
            io.complain(
                format!("error: sửa các lỗi của kỳ trước rồi chạy lại; chưa tạo {n}"),
                format!("error: fix the previous period's errors first; {n} was not made"),
            );
            EXIT_PROBLEMS
        }
        Err(InitError::NoPrevious(path)) => {
            let mut diags = Diagnostics::default();
            diags.push(Diagnostic::new(Message::NoDataFolder, &path));
            print_diagnostics(&diags, false, io);
            EXIT_USAGE
        }
        Err(InitError::Io(path, e)) => {
            let p = path.display();
            io.complain(format!("error: {p}: {e}"), format!("error: {p}: {e}"));
            EXIT_USAGE
        }
    }
}
