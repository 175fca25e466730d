//! Templates that come with a data folder are rendered in a child process (this binary,
//! run as `report __render-markdown`) under a memory limit, so that no template can
//! exhaust the machine's memory: Tera gives no hook to count the size of the strings a
//! template builds (`{% set s = s ~ s %}` doubles one), and a limit on the process is
//! the only bound that holds whatever the template does. The parent gives the child the
//! templates and what they see as JSON on its standard input, reads the Markdown on its
//! standard output, and stops it at the time limit. The child renders within the same
//! [`Budget`] as in one process; past the memory limit its allocation fails and it
//! ends, which the parent reports as the memory budget. Unix only (`ulimit -v` through
//! `/bin/sh`, see [`ISOLATED`]); elsewhere, or if no process can be started, the
//! rendering is done in this process, bounded by the time limit and the counted budgets
//! but not in memory.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tera::Context;

use crate::document::Document;
use crate::messages::Budget as Exceeded;
use crate::render::markdown;
use crate::render::templates::{self, Budget, RenderError, TemplateSet};

/// The argument that makes the binary a renderer of templates.
pub const ARG: &str = "__render-markdown";
/// The child's address space, in MiB: the 10,000-model report renders in a tenth of it.
pub const MEMORY_LIMIT_MIB: u64 = 1024;

/// Whether a data folder's templates are rendered in a child under a memory limit.
///
/// Unix only: the limit is `ulimit -v` (`RLIMIT_AS`) set by `/bin/sh` before it runs the
/// child, std having no call for it. Linux enforces it (tested: `tests/suite/safety.rs`);
/// macOS's shell accepts or refuses it without failing the child, which then runs with
/// whatever the system enforces (not tried here). Windows has no `/bin/sh` and no
/// `RLIMIT_AS`: its equivalent, a job object with `JOB_OBJECT_LIMIT_PROCESS_MEMORY`,
/// needs the Win32 API (`unsafe`, and the `windows-sys` crate), so there the templates
/// are rendered in this process, within the time limit only.
pub const ISOLATED: bool = cfg!(unix);

/// The child's exit codes besides success.
const EXIT_TEMPLATE: i32 = 3;
const EXIT_BUDGET: i32 = 4;

#[derive(Serialize, Deserialize)]
struct Request {
    context: serde_json::Value,
    templates: Vec<(String, String)>,
    output_bytes: u64,
    range_items: u64,
    time_ms: u64,
}

/// Renders `doc` through `set` within `budget`: in a child process `exe` when the
/// templates come from a folder, in this process otherwise.
pub fn render(
    exe: Option<&Path>,
    doc: &Document,
    set: TemplateSet,
    budget: &Budget,
) -> Result<String, RenderError> {
    match exe.filter(|_| set.from_folder && ISOLATED) {
        Some(exe) => match in_child(exe, doc, &set, budget) {
            Some(result) => result,
            None => templates::render_within(doc, set, budget),
        },
        None => templates::render_within(doc, set, budget),
    }
}

/// The rendering in a child; `None` if no child could be started.
fn in_child(
    exe: &Path,
    doc: &Document,
    set: &TemplateSet,
    budget: &Budget,
) -> Option<Result<String, RenderError>> {
    let request = Request {
        context: markdown::context_json(doc),
        templates: set.sources.clone(),
        output_bytes: budget.output_bytes,
        range_items: budget.range_items,
        time_ms: u64::try_from(budget.time.as_millis()).unwrap_or(u64::MAX),
    };
    let request = serde_json::to_vec(&request).ok()?;
    let kib = (MEMORY_LIMIT_MIB * 1024).to_string();
    let mut child = Command::new("/bin/sh")
        // a lower limit already in force stays (ulimit cannot raise it): exec all the same
        .args([
            "-c",
            "ulimit -v \"$1\" 2>/dev/null; exec \"$2\" \"$3\"",
            "sh",
            &kib,
        ])
        .arg(exe)
        .arg(ARG)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let mut stdout = child.stdout.take()?;
    let mut stderr = child.stderr.take()?;
    let writer = std::thread::spawn(move || {
        // a child that ended early closes the pipe: its status says why
        let _ = stdin.write_all(&request);
    });
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    // the child stops itself at the time limit; a second more, and it is stopped here
    let deadline = Instant::now() + budget.time + Duration::from_secs(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(2));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let _ = writer.join();
    let (out, err) = (
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    );
    let seconds = budget.time.as_secs();
    let Some(status) = status else {
        return Some(Err(RenderError::Budget(Exceeded::Time { seconds })));
    };
    Some(match status.code() {
        Some(0) => Ok(String::from_utf8_lossy(&out).into_owned()),
        // the shell could not run the binary (moved, replaced): render here
        Some(126 | 127) => return None,
        Some(EXIT_TEMPLATE) => Err(RenderError::Template(err)),
        Some(EXIT_BUDGET) => Err(RenderError::Budget(match err.trim() {
            "range" => Exceeded::RangeItems {
                limit: budget.range_items,
            },
            "output" => Exceeded::Output {
                limit: budget.output_bytes,
            },
            _ => Exceeded::Time { seconds },
        })),
        // an allocation past the limit ends the process (abort)
        _ => Err(RenderError::Budget(Exceeded::Memory {
            limit_mib: MEMORY_LIMIT_MIB,
        })),
    })
}

/// The child: reads a request on standard input, writes the Markdown on standard
/// output; the exit code says what became of it.
pub fn child_main() -> u8 {
    let mut input = Vec::new();
    if std::io::stdin().read_to_end(&mut input).is_err() {
        return EXIT_TEMPLATE as u8;
    }
    let Ok(request) = serde_json::from_slice::<Request>(&input) else {
        return EXIT_TEMPLATE as u8;
    };
    let budget = Budget {
        output_bytes: request.output_bytes,
        range_items: request.range_items,
        time: Duration::from_millis(request.time_ms),
    };
    let set = match templates::compile(request.templates, &budget) {
        Ok(set) => set,
        Err(detail) => {
            eprint!("{detail}");
            return EXIT_TEMPLATE as u8;
        }
    };
    let mut context = Context::new();
    for key in ["md", "doc"] {
        context.insert(key, &request.context[key]);
    }
    match templates::render_context_within(context, set, &budget) {
        Ok(markdown) => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(markdown.as_bytes())
                .and_then(|_| stdout.flush())
            {
                Ok(()) => 0,
                Err(_) => EXIT_TEMPLATE as u8,
            }
        }
        Err(RenderError::Template(detail)) => {
            eprint!("{detail}");
            EXIT_TEMPLATE as u8
        }
        Err(RenderError::Budget(exceeded)) => {
            let what = match exceeded {
                Exceeded::RangeItems { .. } => "range",
                Exceeded::Output { .. } => "output",
                _ => "time",
            };
            eprint!("{what}");
            EXIT_BUDGET as u8
        }
    }
}
