//! clap's errors in Vietnamese: clap speaks English only, so the kinds a clerk meets
//! (an option misspelt or unknown, two options that exclude each other, a value not
//! among those allowed, a required argument missing) are said again here from the
//! error's context; any other kind keeps clap's words.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The error in Vietnamese, if its kind is one said here.
pub fn detail(error: &clap::Error) -> Option<String> {
    let get = |kind: ContextKind| error.get(kind).map(value);
    let suggested = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedSubcommand))
        .or_else(|| get(ContextKind::SuggestedValue))
        .map(|s| format!("; có phải là `{s}`?"))
        .unwrap_or_default();
    let text = match error.kind() {
        ErrorKind::ArgumentConflict => {
            let arg = get(ContextKind::InvalidArg)?;
            match get(ContextKind::PriorArg) {
                Some(prior) => format!("`{arg}` không dùng cùng với `{prior}`"),
                None => format!("`{arg}` không dùng cùng với tùy chọn khác đã ghi"),
            }
        }
        ErrorKind::UnknownArgument => {
            format!(
                "không có tùy chọn `{}`{suggested}",
                get(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::InvalidSubcommand => {
            format!(
                "không có lệnh `{}`{suggested}",
                get(ContextKind::InvalidSubcommand)?
            )
        }
        ErrorKind::InvalidValue => {
            let arg = get(ContextKind::InvalidArg)?;
            let value = get(ContextKind::InvalidValue).unwrap_or_default();
            let valid = get(ContextKind::ValidValue)
                .map(|v| format!("; các giá trị được: {v}"))
                .unwrap_or_default();
            format!("giá trị `{value}` không hợp lệ cho `{arg}`{valid}{suggested}")
        }
        ErrorKind::MissingRequiredArgument => {
            format!("thiếu `{}`", get(ContextKind::InvalidArg)?)
        }
        ErrorKind::MissingSubcommand => "thiếu lệnh (build, check, init, …)".into(),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            let arg = get(ContextKind::InvalidArg)?;
            format!("`{arg}` nhận số giá trị khác")
        }
        _ => return None,
    };
    Some(text)
}

fn value(v: &ContextValue) -> String {
    match v {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => list
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        ContextValue::None => String::new(),
        _ => String::new(),
    }
}
