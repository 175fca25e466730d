//! The Markdown templates: compiled into the binary, overridable by name from a folder
//! (the data folder's `templates/` or `--templates DIR`), as Zola does.
//!
//! A templates folder comes with a data folder from anyone, so it is confined like the
//! data: every template is a `*.md` file directly in the folder that resolves inside it
//! (no link out; the data folder's `templates/` itself inside the data folder), at most
//! [`MAX_TEMPLATE_FILES`] of at most [`MAX_TEMPLATE_BYTES`] each. Templates name one
//! another (`include`, `extends`) only by these names: Tera reads no file itself, so no
//! `..` or absolute name can reach one. Rendering has a [`Budget`]: include depth, items
//! produced by `range`, output bytes, and a time after which the build stops.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use tera::{Context, Kwargs, State, Tera};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::document::Document;
use crate::messages::{Budget as Exceeded, Message};
use crate::render::{markdown, md_escape};

/// The built-in templates, by name.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("report.md", include_str!("../../templates/report.md")),
    ("header.md", include_str!("../../templates/header.md")),
    ("closing.md", include_str!("../../templates/closing.md")),
    ("blocks.md", include_str!("../../templates/blocks.md")),
];

/// The template the Markdown renderer starts from (its name is the renderer's).
pub use crate::render::markdown::MAIN;

/// At most this many bytes in one template (the built-in ones total 1.6 KB).
pub const MAX_TEMPLATE_BYTES: u64 = 256 * 1024;
/// At most this many templates in a folder.
pub const MAX_TEMPLATE_FILES: usize = 32;
/// At most this many templates in a chain of `include`s and `extends` (the built-in
/// ones need 2; Tera's interpreter recurses on each, and a chain of 120 overflowed the
/// 8 MiB stack of a debug build).
pub const MAX_INCLUDE_DEPTH: usize = 16;

/// What one rendering may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Bytes of Markdown written.
    pub output_bytes: u64,
    /// Items produced by `range` over the whole rendering (Tera bounds one call only).
    pub range_items: u64,
    /// Wall time, after which the build stops with an error.
    pub time: Duration,
}

impl Default for Budget {
    /// 64 MiB of output (a 10,000-model report is 10 MB), a million `range` items, 10 s
    /// (the 10,000-model report renders in a tenth of that).
    fn default() -> Self {
        Budget {
            output_bytes: 64 * 1024 * 1024,
            range_items: 1_000_000,
            time: Duration::from_secs(10),
        }
    }
}

/// A templates folder, and the folder it must stay inside: the data folder for its
/// `templates/`, the folder itself for `--templates DIR`.
#[derive(Debug, Clone, Copy)]
pub struct Folder<'a> {
    pub dir: &'a Path,
    pub root: &'a Path,
}

/// The templates of one build, with the meter of their `range` budget.
pub struct TemplateSet {
    pub tera: Tera,
    meter: Arc<Meter>,
    /// `(name, text)` of every template, the built-in ones included.
    pub(crate) sources: Vec<(String, String)>,
    /// Whether some come from a folder (and so are rendered apart, `render::isolated`).
    pub(crate) from_folder: bool,
}

/// `range` items produced so far, and whether the rendering was stopped.
#[derive(Default)]
struct Meter {
    items: AtomicU64,
    exceeded: AtomicBool,
    stopped: AtomicBool,
}

/// The built-in templates with every `*.md` file of `dir` (if given) replacing or adding
/// the template of the same name, `dir` confined to itself.
pub fn load(dir: Option<&Path>) -> Result<Tera, Diagnostics> {
    let folder = dir.map(|dir| Folder { dir, root: dir });
    load_set(folder, &Budget::default()).map(|set| set.tera)
}

/// [`load`] with the folder's confinement and the budget given.
pub fn load_set(folder: Option<Folder>, budget: &Budget) -> Result<TemplateSet, Diagnostics> {
    let mut diags = Diagnostics::default();
    let overrides = match folder {
        Some(folder) => read_folder(folder, &mut diags),
        None => Vec::new(),
    };
    if diags.has_errors() {
        return Err(diags);
    }
    let mut sources: Vec<(String, String)> = BUILT_IN
        .iter()
        .filter(|(name, _)| !overrides.iter().any(|(n, _)| n == name))
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    sources.extend(overrides);
    let file = folder.map_or_else(|| PathBuf::from(MAIN), |f| f.dir.to_path_buf());
    if let Some(chain) = too_deep(&sources) {
        let message = Message::TemplateBudget {
            exceeded: Exceeded::IncludeDepth {
                limit: MAX_INCLUDE_DEPTH,
                chain: chain.join(" → "),
            },
        };
        diags.push(Diagnostic::new(message, &file));
        return Err(diags);
    }
    match compile(sources, budget) {
        Ok(mut set) => {
            set.from_folder = folder.is_some();
            Ok(set)
        }
        Err(detail) => {
            diags.push(Diagnostic::new(Message::Template { detail }, &file));
            Err(diags)
        }
    }
}

/// The templates `(name, text)` compiled, with the budgeted `range` and `escape_md`.
pub(crate) fn compile(
    sources: Vec<(String, String)>,
    budget: &Budget,
) -> Result<TemplateSet, String> {
    let meter = Arc::new(Meter::default());
    let built_in = sources.len() == BUILT_IN.len()
        && sources
            .iter()
            .zip(BUILT_IN)
            .all(|((n, t), (bn, bt))| n == bn && t == bt);
    let mut tera = match built_in_compiled().filter(|_| built_in) {
        Some(tera) => tera.clone(),
        None => compiled(&sources, &meter, budget)?,
    };
    // the meter of this rendering (a copy of the built-in set has another one's)
    tera.register_function("range", budgeted_range(meter.clone(), budget.range_items));
    Ok(TemplateSet {
        tera,
        meter,
        sources,
        from_folder: false,
    })
}

/// Tera with `sources` compiled, `escape_md` and the budgeted `range`.
fn compiled(
    sources: &[(String, String)],
    meter: &Arc<Meter>,
    budget: &Budget,
) -> Result<Tera, String> {
    let mut tera = Tera::default();
    tera.autoescape_on(Vec::<&str>::new());
    tera.register_function("range", budgeted_range(meter.clone(), budget.range_items));
    // `{{ doc.summary | escape_md }}`, `{{ x | escape_md(cell=true) }}`: the escaping of
    // the renderer, for templates that print raw fields
    tera.register_filter("escape_md", |text: &str, kwargs: Kwargs, _: &State| {
        let cell = kwargs.get::<bool>("cell")?.unwrap_or(false);
        Ok::<String, tera::Error>(if cell {
            md_escape::cell(text)
        } else {
            md_escape::text(text)
        })
    });
    // All at once: Tera resolves `include`s between templates when they are added.
    let named = sources.iter().map(|(n, t)| (n.as_str(), t.as_str()));
    tera.add_raw_templates(named).map_err(|e| e.to_string())?;
    Ok(tera)
}

/// The built-in templates, compiled once per process, when first needed (`None` if they
/// did not compile, which a test rules out: each set then compiles its own and says why).
fn built_in_compiled() -> Option<&'static Tera> {
    static TERA: OnceLock<Option<Tera>> = OnceLock::new();
    TERA.get_or_init(|| {
        let sources: Vec<(String, String)> = BUILT_IN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let meter = Arc::new(Meter::default());
        compiled(&sources, &meter, &Budget::default()).ok()
    })
    .as_ref()
}

/// Why a rendering failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// The template itself (an unknown variable, a filter on the wrong type, …).
    Template(String),
    /// A budget was exceeded; the rendering was stopped.
    Budget(Exceeded),
}

/// Renders `doc` through `set` within `budget`: on a thread of its own, so that a
/// template that loops without writing is stopped too, from outside, at the time limit
/// (the thread is left to the end of the process, which ends the build; a template
/// that writes or calls `range` stops itself at the next write or call).
pub fn render_within(
    doc: &Document,
    set: TemplateSet,
    budget: &Budget,
) -> Result<String, RenderError> {
    // the built-in templates print the escaped view only: the raw document goes into the
    // context for templates of a folder alone
    let context = if set.from_folder {
        markdown::context(doc)
    } else {
        markdown::view_context(doc)
    };
    render_context_within(context, set, budget)
}

/// [`render_within`] for the context the templates see (`md`, `doc`), as
/// `markdown::context` makes it.
pub fn render_context_within(
    context: Context,
    set: TemplateSet,
    budget: &Budget,
) -> Result<String, RenderError> {
    let deadline = Instant::now() + budget.time;
    let shared = Arc::new((context, set));
    let job = {
        let (shared, budget) = (shared.clone(), *budget);
        move || render_bounded(&shared.0, &shared.1, &budget, deadline)
    };
    let (send, receive) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(8 * 1024 * 1024)
        .spawn(move || {
            let _ = send.send(job());
        });
    if spawned.is_err() {
        // no thread to be had: render here, stopped by the writer and `range` only
        return render_bounded(&shared.0, &shared.1, budget, deadline);
    }
    match receive.recv_timeout(budget.time) {
        Ok(result) => result,
        Err(_) => {
            shared.1.meter.stopped.store(true, Ordering::Relaxed);
            let seconds = budget.time.as_secs();
            Err(RenderError::Budget(Exceeded::Time { seconds }))
        }
    }
}

fn render_bounded(
    context: &Context,
    set: &TemplateSet,
    budget: &Budget,
    deadline: Instant,
) -> Result<String, RenderError> {
    let mut out = Bounded {
        bytes: Vec::new(),
        limit: budget.output_bytes,
        deadline,
        meter: &set.meter,
        exceeded: None,
    };
    let result = set.tera.render_to(MAIN, context, &mut out);
    let exceeded = match out.exceeded {
        Some(Stop::Output) => Some(Exceeded::Output {
            limit: budget.output_bytes,
        }),
        Some(Stop::Time) => Some(Exceeded::Time {
            seconds: budget.time.as_secs(),
        }),
        None if set.meter.exceeded.load(Ordering::Relaxed) => Some(Exceeded::RangeItems {
            limit: budget.range_items,
        }),
        None => None,
    };
    if let Some(exceeded) = exceeded {
        return Err(RenderError::Budget(exceeded));
    }
    result.map_err(|e| RenderError::Template(e.to_string()))?;
    let mut text = String::from_utf8(out.bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    markdown::tidy_in_place(&mut text);
    Ok(text)
}

enum Stop {
    Output,
    Time,
}

/// The output of a rendering, refusing bytes past its limit or its time.
struct Bounded<'a> {
    bytes: Vec<u8>,
    limit: u64,
    deadline: Instant,
    meter: &'a Meter,
    exceeded: Option<Stop>,
}

impl Write for Bounded<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.meter.stopped.load(Ordering::Relaxed) || Instant::now() > self.deadline {
            self.exceeded = Some(Stop::Time);
            return Err(io::Error::other("time limit"));
        }
        if self.bytes.len() as u64 + buf.len() as u64 > self.limit {
            self.exceeded = Some(Stop::Output);
            return Err(io::Error::other("output limit"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Tera's `range` (`start`, `end`, `step_by`), counting the items it produces against
/// the budget of the whole rendering.
fn budgeted_range(
    meter: Arc<Meter>,
    limit: u64,
) -> impl Fn(Kwargs, &State) -> tera::TeraResult<Vec<i128>> + Send + Sync + 'static {
    move |kwargs: Kwargs, _: &State| {
        let start = kwargs.get::<i128>("start")?.unwrap_or_default();
        let end = kwargs.must_get::<i128>("end")?;
        let step = kwargs.get::<i128>("step_by")?.unwrap_or(1);
        if step == 0 {
            return Err(tera::Error::message("`range`: `step_by` is 0"));
        }
        let span = if step > 0 {
            end.checked_sub(start)
        } else {
            start.checked_sub(end)
        };
        let span = span.unwrap_or(i128::MAX).max(0);
        let steps = step.checked_abs().unwrap_or(i128::MAX);
        let len = span / steps + i128::from(span % steps != 0);
        let len = u64::try_from(len).unwrap_or(u64::MAX);
        let total = meter
            .items
            .fetch_add(len, Ordering::Relaxed)
            .saturating_add(len);
        if total > limit || meter.stopped.load(Ordering::Relaxed) {
            meter.exceeded.store(total > limit, Ordering::Relaxed);
            return Err(tera::Error::message("the `range` budget is spent"));
        }
        Ok((0..len as i128).map(|i| start + i * step).collect())
    }
}

/// `(name, text)` of the `*.md` templates of `folder`, read as a build reads them
/// (confined, within the limits), for `report init` to carry them to the next period.
pub fn read_overrides(folder: Folder) -> Result<Vec<(String, String)>, Diagnostics> {
    let mut diags = Diagnostics::default();
    let templates = read_folder(folder, &mut diags);
    if diags.has_errors() {
        Err(diags)
    } else {
        Ok(templates)
    }
}

/// `(name, text)` of the `*.md` templates of `folder`, each confined and within limits;
/// every problem becomes a diagnostic.
fn read_folder(folder: Folder, diags: &mut Diagnostics) -> Vec<(String, String)> {
    let dir = folder.dir;
    if !dir.is_dir() {
        diags.push(Diagnostic::new(Message::TemplatesDir, dir));
        return Vec::new();
    }
    let (Ok(real_root), Ok(real_dir)) = (fs::canonicalize(folder.root), fs::canonicalize(dir))
    else {
        diags.push(Diagnostic::new(Message::TemplatesDir, dir));
        return Vec::new();
    };
    if !real_dir.starts_with(&real_root) {
        let target = crate::load::read::shown(&real_dir);
        diags.push(Diagnostic::new(Message::OutsideFolder { target }, dir));
        return Vec::new();
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            let error = (&e).into();
            diags.push(Diagnostic::new(Message::ReadFailed { error }, dir));
            return Vec::new();
        }
    };
    let mut names: Vec<(String, PathBuf)> = entries
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.to_string(), e.path())))
        .filter(|(name, _)| name.ends_with(".md") && !name.starts_with('.'))
        .collect();
    names.sort();
    if names.len() > MAX_TEMPLATE_FILES {
        let exceeded = Exceeded::Files {
            limit: MAX_TEMPLATE_FILES,
        };
        diags.push(Diagnostic::new(Message::TemplateBudget { exceeded }, dir));
        return Vec::new();
    }
    names
        .into_iter()
        .filter_map(|(name, path)| Some((name, read_template(&path, &real_dir, diags)?)))
        .collect()
}

/// One template: inside the folder, a regular file (a folder named `x.md` is skipped),
/// within the size limit, UTF-8.
fn read_template(path: &Path, real_dir: &Path, diags: &mut Diagnostics) -> Option<String> {
    let mut fail = |message| {
        diags.push(Diagnostic::new(message, path));
        None
    };
    let real = match fs::canonicalize(path) {
        Ok(real) => real,
        Err(e) => {
            return fail(Message::ReadFailed { error: (&e).into() });
        }
    };
    if !real.starts_with(real_dir) {
        let target = crate::load::read::shown(&real);
        return fail(Message::OutsideFolder { target });
    }
    let meta = fs::metadata(&real).ok()?;
    if !meta.is_file() {
        return None;
    }
    if meta.len() > MAX_TEMPLATE_BYTES {
        let (size, limit) = (meta.len(), MAX_TEMPLATE_BYTES);
        return fail(Message::FileTooLarge {
            size,
            limit,
            folder: None,
        });
    }
    let mut bytes = Vec::new();
    let read =
        fs::File::open(&real).and_then(|f| f.take(MAX_TEMPLATE_BYTES + 1).read_to_end(&mut bytes));
    match read {
        Err(e) => fail(Message::ReadFailed { error: (&e).into() }),
        Ok(n) if n as u64 > MAX_TEMPLATE_BYTES => fail(Message::FileTooLarge {
            size: n as u64,
            limit: MAX_TEMPLATE_BYTES,
            folder: None,
        }),
        Ok(_) => match String::from_utf8(bytes) {
            Ok(text) => Some(text),
            Err(_) => fail(Message::NotUtf8),
        },
    }
}

/// A chain of templates, from the main one, that names (`include`, `extends`) more than
/// [`MAX_INCLUDE_DEPTH`] deep; `None` if none does. Read from the sources before Tera
/// compiles them: a name inside a comment or a `raw` block counts too, which can only
/// make the check stricter. The longest chain from each template is computed once
/// (templates that each include all the later ones have exponentially many chains).
fn too_deep(sources: &[(String, String)]) -> Option<Vec<String>> {
    let named: BTreeMap<&str, Vec<String>> = sources
        .iter()
        .map(|(name, text)| (name.as_str(), references(text)))
        .collect();
    let mut longest = BTreeMap::new();
    if chain_length(MAIN, &named, &mut longest, &mut Vec::new()) <= MAX_INCLUDE_DEPTH {
        return None;
    }
    // follow, from the main template, a template whose chain is the longest
    let mut chain = vec![MAIN.to_string()];
    while chain.len() <= MAX_INCLUDE_DEPTH {
        let current = chain.last()?.as_str();
        let next = named
            .get(current)?
            .iter()
            .filter(|n| !chain.contains(n))
            .max_by_key(|n| longest.get(n.as_str()).copied().unwrap_or(0))?;
        chain.push(next.clone());
    }
    Some(chain)
}

/// The number of templates in the longest chain from `name` (1 for one that names
/// none), remembered in `longest`; a name already on the way (a cycle, Tera's to
/// report) counts for nothing.
fn chain_length(
    name: &str,
    named: &BTreeMap<&str, Vec<String>>,
    longest: &mut BTreeMap<String, usize>,
    on_the_way: &mut Vec<String>,
) -> usize {
    if let Some(&n) = longest.get(name) {
        return n;
    }
    if on_the_way.iter().any(|n| n == name) {
        return 0;
    }
    on_the_way.push(name.to_string());
    let mut deepest = 0;
    for next in named.get(name).into_iter().flatten() {
        deepest = deepest.max(chain_length(next, named, longest, on_the_way));
    }
    on_the_way.pop();
    longest.insert(name.to_string(), deepest + 1);
    deepest + 1
}

/// The template names a template's `{% include "…" %}` and `{% extends "…" %}` tags give.
fn references(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (at, _) in text.match_indices("{%") {
        let tag = text[at + 2..]
            .trim_start_matches(['-', '+', '~'])
            .trim_start();
        let Some(rest) = tag
            .strip_prefix("include")
            .or_else(|| tag.strip_prefix("extends"))
        else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(quote) = rest
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\'' | '`'))
        else {
            continue;
        };
        if let Some(end) = rest[1..].find(quote) {
            names.push(rest[1..1 + end].to_string());
        }
    }
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    /// They are rendered with `md` alone in the context (`render_within`).
    #[test]
    fn the_built_in_templates_use_no_raw_document() {
        for (name, text) in BUILT_IN {
            let words = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
            assert!(!words.into_iter().any(|w| w == "doc"), "{name}");
        }
        assert!(built_in_compiled().is_some());
    }

    #[test]
    fn references_are_read_from_tags() {
        let t = "{% include \"a.md\" %} {%- extends 'b.md' -%} {{ include }} {% set x = 1 %}";
        assert_eq!(references(t), ["a.md", "b.md"]);
    }

    #[test]
    fn a_chain_past_the_depth_is_found() {
        let mut sources: Vec<(String, String)> = (0..20)
            .map(|i| {
                (
                    format!("t{i}.md"),
                    format!("{{% include \"t{}.md\" %}}", i + 1),
                )
            })
            .collect();
        sources.push((MAIN.into(), "{% include \"t0.md\" %}".into()));
        let chain = too_deep(&sources).unwrap();
        assert_eq!(chain.len(), MAX_INCLUDE_DEPTH + 1);
        assert_eq!(chain[..3], ["report.md", "t0.md", "t1.md"]);
        let built_in: Vec<(String, String)> = BUILT_IN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        assert_eq!(too_deep(&built_in), None);
    }

    #[test]
    fn templates_that_include_all_the_later_ones_are_measured_at_once() {
        // 2^30 chains: walking each would not end; measured once per template
        let mut sources: Vec<(String, String)> = (0..30)
            .map(|i| {
                let later: String = (i + 1..30)
                    .map(|j| format!("{{% include \"t{j}.md\" %}}"))
                    .collect();
                (format!("t{i}.md"), later)
            })
            .collect();
        sources.push((MAIN.into(), "{% include \"t0.md\" %}".into()));
        let chain = too_deep(&sources).unwrap();
        assert_eq!(chain.len(), MAX_INCLUDE_DEPTH + 1);
        assert_eq!(chain[..3], ["report.md", "t0.md", "t1.md"]);
        // and a cycle is left to Tera, without looping here
        let cycle = vec![
            (MAIN.to_string(), "{% include \"a.md\" %}".to_string()),
            (
                "a.md".to_string(),
                "{% include \"report.md\" %}".to_string(),
            ),
        ];
        assert_eq!(too_deep(&cycle), None);
    }
}
