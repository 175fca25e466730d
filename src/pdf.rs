//! The PDF output: the DOCX through LibreOffice (`soffice --headless --convert-to pdf`),
//! the engine clerks already have; no layout engine of our own.
//!
//! Each conversion runs in a temporary folder of its own with its own LibreOffice profile
//! (`-env:UserInstallation`): conversions sharing a profile wait on its lock or hang, so
//! builds in parallel (`report build data/*`, several CI jobs) each get theirs. A
//! conversion that does not finish within the timeout is stopped, with every process it
//! started (its process group; on Windows, which has none to signal, its process tree
//! through `taskkill /T`). The PDF is PDF/A-1b by default: what archives ask for
//! (TCVN 14159-1:2024 is PDF/A-1), fonts embedded, no transparency, metadata in XMP.
//!
//! LibreOffice is found on `PATH`, and where its installers put it on the systems that
//! put nothing on `PATH` (Windows' Program Files, macOS's `/Applications`): [`places`].
//!
//! What can be fixed for reproducibility is fixed after the conversion, in place and at
//! the same length (so the cross-reference offsets stay right): the creation date of the
//! document information and of the XMP metadata becomes the report's own date (or
//! `SOURCE_DATE_EPOCH`), and the file identifier (`/ID`) a hash of the DOCX. What
//! remains different from run to run is inside compressed streams LibreOffice writes
//! (the embedded font subsets carry the time of the conversion), see docs/development.md
//! (Outputs, PDF).

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::messages::PdfMessage;

/// The environment variable that names LibreOffice's program.
pub const ENV_SOFFICE: &str = "REPORT_SOFFICE";
/// How long one conversion may take by default: LibreOffice converts a report in 1–3 s
/// on an idle machine; a cold start on a busy one takes several times that.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);
/// How often a running conversion is looked at.
const POLL: Duration = Duration::from_millis(50);
/// The export filter: PDF/A-1b (`SelectPdfVersion` 1).
const FILTER_PDFA1: &str =
    r#"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"1"}}"#;
/// The export filter of a plain PDF (1.6, LibreOffice's default).
const FILTER_PLAIN: &str = "pdf:writer_pdf_Export";

/// The PDF flavour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    /// PDF/A-1b, for archives (the default).
    PdfA1b,
    /// LibreOffice's default PDF.
    Plain,
}

/// A LibreOffice found, and how to run it.
#[derive(Debug, Clone)]
pub struct Office {
    pub program: PathBuf,
    pub timeout: Duration,
    pub flavour: Flavour,
}

/// The system the binary runs on, as far as finding and running LibreOffice goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// Linux and the other Unix systems: LibreOffice is on `PATH` (a package puts it
    /// there) as `soffice` or `libreoffice`.
    Unix,
    /// macOS: on `PATH` when installed by Homebrew, else in the application bundle
    /// dragged to `/Applications` (or `~/Applications`), which puts nothing on `PATH`.
    MacOs,
    /// Windows: the installer puts nothing on `PATH`; the program is
    /// `LibreOffice\program\soffice.exe` under Program Files.
    Windows,
}

impl Platform {
    /// The system this binary was built for.
    pub const CURRENT: Platform = if cfg!(windows) {
        Platform::Windows
    } else if cfg!(target_os = "macos") {
        Platform::MacOs
    } else {
        Platform::Unix
    };
}

/// Where LibreOffice's program is looked for on `platform`, in order: each of `dirs`
/// (the folders of `PATH`) for each of the program's names, then where its installer
/// puts it. `env` reads an environment variable (`ProgramFiles`, `HOME`, …): a pure
/// function of both, so that every platform's list is tested on any one.
pub fn places(
    platform: Platform,
    dirs: &[PathBuf],
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Vec<PathBuf> {
    // on Windows a program's name on PATH has its extension; `libreoffice` is a name
    // only Linux packages give it
    let names: &[&str] = match platform {
        Platform::Windows => &["soffice.exe"],
        Platform::Unix | Platform::MacOs => &["soffice", "libreoffice"],
    };
    let mut places: Vec<PathBuf> = names
        .iter()
        .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
        .collect();
    match platform {
        Platform::Unix => {}
        Platform::MacOs => {
            let bundle = "LibreOffice.app/Contents/MacOS/soffice";
            places.push(Path::new("/Applications").join(bundle));
            if let Some(home) = env("HOME").filter(|h| !h.is_empty()) {
                places.push(Path::new(&home).join("Applications").join(bundle));
            }
        }
        Platform::Windows => {
            // 64-bit LibreOffice under `ProgramFiles`, the 32-bit one under
            // `ProgramFiles(x86)`; `ProgramW6432` is the 64-bit folder as a 32-bit
            // process sees it
            for var in ["ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"] {
                if let Some(folder) = env(var).filter(|f| !f.is_empty()) {
                    let program = Path::new(&folder)
                        .join("LibreOffice")
                        .join("program")
                        .join("soffice.exe");
                    if !places.contains(&program) {
                        places.push(program);
                    }
                }
            }
        }
    }
    places
}

/// LibreOffice's program: the path given (`--soffice`, else `REPORT_SOFFICE`), which must
/// be there, or the first of [`places`] for this system that is a program.
pub fn find(named: Option<&Path>, path_var: Option<&OsStr>) -> Result<PathBuf, PdfMessage> {
    if let Some(p) = named {
        return if is_program(p) {
            Ok(p.to_path_buf())
        } else {
            Err(PdfMessage::OfficeNotFound {
                named: Some(p.display().to_string()),
            })
        };
    }
    let dirs: Vec<PathBuf> = path_var
        .map(|v| std::env::split_paths(v).collect())
        .unwrap_or_default();
    places(Platform::CURRENT, &dirs, &|var| std::env::var_os(var))
        .into_iter()
        .find(|p| is_program(p))
        .ok_or(PdfMessage::OfficeNotFound { named: None })
}

/// A regular file the system would run: on Unix one with an execute bit.
#[cfg(unix)]
fn is_program(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// A regular file the system would run: Windows has no execute bit (the extension,
/// `.exe`, says it), so any regular file.
#[cfg(not(unix))]
fn is_program(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.is_file())
}

/// The largest PDF read back from LibreOffice (the 10,000-model report's is a few MB).
const MAX_PDF_BYTES: u64 = 256 << 20;

/// Converts the DOCX `docx` (named `name`, for LibreOffice's own messages) to PDF, then
/// fixes its dates to `created` (`2021-04-28T00:00:00Z`) and its identifier.
pub fn convert(
    office: &Office,
    docx: &[u8],
    name: &str,
    created: &str,
) -> Result<Vec<u8>, PdfMessage> {
    let failed = |detail: String| PdfMessage::ConversionFailed { detail };
    let tmp = tempfile::Builder::new()
        .prefix("report-pdf-")
        .tempdir()
        .map_err(|e| failed(e.to_string()))?;
    let (input, out, profile) = (
        tmp.path().join("in"),
        tmp.path().join("out"),
        tmp.path().join("profile"),
    );
    for dir in [&input, &out, &profile] {
        std::fs::create_dir(dir).map_err(|e| failed(e.to_string()))?;
    }
    // a plain file name: LibreOffice names the PDF after it
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let source = input.join(format!("{stem}.docx"));
    std::fs::write(&source, docx).map_err(|e| failed(e.to_string()))?;
    let filter = match office.flavour {
        Flavour::PdfA1b => FILTER_PDFA1,
        Flavour::Plain => FILTER_PLAIN,
    };
    // LibreOffice's messages go to a file: a pipe nobody reads while it runs could fill
    // and stall it
    let log_path = tmp.path().join("soffice.log");
    let log = std::fs::File::create(&log_path).map_err(|e| failed(e.to_string()))?;
    let profile_url = file_url(&profile);
    let mut command = Command::new(&office.program);
    command
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args([
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
        ])
        .arg("--convert-to")
        .arg(filter)
        .arg("--outdir")
        .arg(&out)
        .arg(&source)
        .current_dir(tmp.path())
        .env("HOME", tmp.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log);
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // its own process group, so that a timeout stops soffice.bin with its launcher
        // (on Windows `stop_group` stops the tree by its parent links instead)
        command.process_group(0);
    }
    let mut child = command.spawn().map_err(|_| PdfMessage::OfficeNotFound {
        named: Some(office.program.display().to_string()),
    })?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= office.timeout => {
                stop_group(child.id());
                let _ = child.kill();
                let _ = child.wait();
                return Err(PdfMessage::Timeout {
                    seconds: office.timeout.as_secs(),
                });
            }
            Ok(None) => std::thread::sleep(POLL),
            Err(e) => return Err(failed(e.to_string())),
        }
    };
    let pdf = out.join(format!("{stem}.pdf"));
    let mut bytes = Vec::new();
    let read =
        std::fs::File::open(&pdf).and_then(|f| f.take(MAX_PDF_BYTES + 1).read_to_end(&mut bytes));
    if read.is_ok() && !bytes.is_empty() {
        // checked before it replaces anything: a program that is not LibreOffice
        if bytes.len() as u64 > MAX_PDF_BYTES {
            return Err(PdfMessage::NotPdf {
                limit: Some(MAX_PDF_BYTES),
            });
        }
        if !bytes.starts_with(b"%PDF-") {
            return Err(PdfMessage::NotPdf { limit: None });
        }
    }
    match read.map(|_| bytes) {
        Ok(bytes) if !bytes.is_empty() => Ok(fix(bytes, created, docx)),
        _ => {
            let err = std::fs::read_to_string(&log_path).unwrap_or_default();
            let err: String = err.split_whitespace().collect::<Vec<_>>().join(" ");
            Err(failed(format!(
                "{status}; {}",
                err.chars().take(300).collect::<String>()
            )))
        }
    }
}

/// Stops the process group `pid` leads (the launcher script and soffice.bin), with the
/// system's `kill` (procps), wherever PATH points.
#[cfg(unix)]
fn stop_group(pid: u32) {
    for kill in ["/usr/bin/kill", "/bin/kill", "kill"] {
        let done = Command::new(kill)
            .args(["-KILL", "--", &format!("-{pid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        if done.is_ok() {
            return;
        }
    }
}

/// Stops `pid` (the launcher, soffice.exe) and every process it started (soffice.bin),
/// with the system's `taskkill /T`: Windows has no process groups to signal, and
/// stopping the launcher alone would leave soffice.bin running with the profile locked.
#[cfg(windows)]
fn stop_group(pid: u32) {
    let system = std::env::var_os("SystemRoot").map(PathBuf::from);
    let taskkill = system.map_or(PathBuf::from("taskkill"), |s| {
        s.join("System32").join("taskkill.exe")
    });
    let _ = Command::new(taskkill)
        .args(["/T", "/F", "/PID", &pid.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Elsewhere the launcher alone is stopped (by the caller).
#[cfg(not(any(unix, windows)))]
fn stop_group(_: u32) {}

/// The `file:` URL of a local folder, as LibreOffice's `-env:UserInstallation` takes
/// it.
fn file_url(p: &Path) -> String {
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        p.as_os_str().as_bytes().to_vec()
    };
    // Windows paths are UTF-16: as UTF-8 (a user name in Vietnamese included); a
    // temporary folder's path is always valid Unicode
    #[cfg(not(unix))]
    let bytes = p.to_string_lossy().into_owned().into_bytes();
    file_url_of(&bytes, Platform::CURRENT)
}

/// [`file_url`] of a path's bytes on `platform`: every byte but unreserved ones and `/`
/// percent-encoded. A Windows path (`C:\Users\Tâm\…`, `\\?\C:\…`,
/// `\\server\share\…`) has its separators turned to `/` and its drive letter kept
/// with its colon: `file:///C:/Users/T%C3%A2m/…`, `file://server/share/…`.
fn file_url_of(path: &[u8], platform: Platform) -> String {
    let mut out = String::from("file://");
    let mut path = path.to_vec();
    let mut keep: &[u8] = b"/-._~";
    if platform == Platform::Windows {
        for b in &mut path {
            if *b == b'\\' {
                *b = b'/';
            }
        }
        // `\\?\C:\…` (from canonicalize) is `C:\…`; `\\?\UNC\server\…` is `\\server\…`
        if let Some(rest) = path.strip_prefix(b"//?/UNC/") {
            path = [b"//", rest].concat();
        } else if let Some(rest) = path.strip_prefix(b"//?/") {
            path = rest.to_vec();
        }
        match path.strip_prefix(b"//") {
            // a share: its server is the URL's host
            Some(rest) => path = rest.to_vec(),
            // a drive: `file:///C:/…`
            None => out.push('/'),
        }
        keep = b"/-._~:";
    }
    for &b in &path {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The PDF with its creation dates set to `created` and its identifier made from the
/// DOCX, each replaced at the same length.
pub fn fix(mut pdf: Vec<u8>, created: &str, docx: &[u8]) -> Vec<u8> {
    let digits: String = created
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    if digits.len() == 14 {
        // Info dictionary: (D:YYYYMMDDHHmmSS…
        replace_after(&mut pdf, b"/CreationDate(D:", digits.as_bytes());
        replace_after(&mut pdf, b"/ModDate(D:", digits.as_bytes());
        // XMP: YYYY-MM-DDTHH:MM:SS
        let xmp = format!(
            "{}-{}-{}T{}:{}:{}",
            &digits[0..4],
            &digits[4..6],
            &digits[6..8],
            &digits[8..10],
            &digits[10..12],
            &digits[12..14]
        );
        for tag in [
            &b"<xmp:CreateDate>"[..],
            b"<xmp:ModifyDate>",
            b"<xmp:MetadataDate>",
        ] {
            replace_after(&mut pdf, tag, xmp.as_bytes());
        }
    }
    let id = format!(
        "{:016X}{:016X}",
        fnv(docx, 0xcbf2_9ce4_8422_2325),
        fnv(docx, 0x6c62_272e_07bb_0142)
    );
    let mut at = 0;
    while let Some(i) = position(&pdf[at..], b"/ID [").map(|i| i + at) {
        let mut k = i;
        for _ in 0..2 {
            match position(&pdf[k..], b"<").map(|j| j + k + 1) {
                Some(start)
                    if pdf.len() >= start + 32
                        && pdf[start..start + 32].iter().all(u8::is_ascii_hexdigit) =>
                {
                    pdf[start..start + 32].copy_from_slice(id.as_bytes());
                    k = start + 32;
                }
                _ => break,
            }
        }
        at = i + 5;
    }
    pdf
}

/// Overwrites the bytes after each `tag` with `value`, when they are of the same kind
/// (digits where `value` has digits).
fn replace_after(pdf: &mut [u8], tag: &[u8], value: &[u8]) {
    let mut at = 0;
    while let Some(i) = position(&pdf[at..], tag).map(|i| i + at + tag.len()) {
        let end = i + value.len();
        let same_kind = end <= pdf.len()
            && pdf[i..end]
                .iter()
                .zip(value)
                .all(|(a, b)| a.is_ascii_digit() == b.is_ascii_digit());
        if same_kind {
            pdf[i..end].copy_from_slice(value);
        }
        at = i;
    }
}

fn position(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// FNV-1a, 64 bits, from `seed`.
fn fnv(bytes: &[u8], seed: u64) -> u64 {
    bytes
        .iter()
        .fold(seed, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// The number of pages of a PDF LibreOffice wrote: the `/Count` of its page tree root
/// (the largest `/Count` of a `/Type /Pages` node).
pub fn page_count(pdf: &[u8]) -> Option<u32> {
    let mut best = None;
    let mut at = 0;
    while let Some(i) = position(&pdf[at..], b"/Count").map(|i| i + at + 6) {
        let digits: String = pdf[i..]
            .iter()
            .skip_while(|b| b.is_ascii_whitespace())
            .take_while(|b| b.is_ascii_digit())
            .map(|&b| b as char)
            .collect();
        if let Ok(n) = digits.parse::<u32>() {
            best = best.max(Some(n));
        }
        at = i;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_id_are_fixed_at_the_same_length() {
        let pdf = b"<xmp:CreateDate>2026-11-29T21:42:53Z</xmp:CreateDate>\n/CreationDate(D:20261129214253Z')>>\ntrailer\n/ID [ <70FDAF4CF5B9577A64FF909210CED051>\n<70FDAF4CF5B9577A64FF909210CED051> ]".to_vec();
        let len = pdf.len();
        let a = fix(pdf.clone(), "2021-04-28T00:00:00Z", b"docx one");
        assert_eq!(a.len(), len);
        let s = String::from_utf8(a.clone()).unwrap();
        assert!(s.contains("<xmp:CreateDate>2021-04-28T00:00:00Z<"), "{s}");
        assert!(s.contains("/CreationDate(D:20210428000000Z')"), "{s}");
        assert!(!s.contains("70FDAF4C"), "{s}");
        assert_eq!(a, fix(pdf.clone(), "2021-04-28T00:00:00Z", b"docx one"));
        assert_ne!(a, fix(pdf, "2021-04-28T00:00:00Z", b"docx two"));
    }

    #[test]
    fn the_page_count_is_the_root_count() {
        let pdf = b"<</Type/Pages/Count 2/Kids[..]>> <</Type/Pages\n/Count 6 /Kids[..]>>";
        assert_eq!(page_count(pdf), Some(6));
        assert_eq!(page_count(b"no pages"), None);
    }

    #[cfg(unix)]
    #[test]
    fn lookup_on_path_and_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = std::env::join_paths([dir.path()]).unwrap();
        assert!(find(None, Some(&path)).is_err());
        let program = dir.path().join("soffice");
        std::fs::write(&program, "#!/bin/sh\n").unwrap();
        assert!(find(None, Some(&path)).is_err(), "not executable");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(find(None, Some(&path)).unwrap(), program);
        assert!(find(Some(&dir.path().join("nothing")), Some(&path)).is_err());
        assert_eq!(find(Some(&program), None).unwrap(), program);
    }

    /// Windows has no execute bit: a file named soffice.exe on PATH is the program.
    #[cfg(windows)]
    #[test]
    fn lookup_on_path_and_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = std::env::join_paths([dir.path()]).unwrap();
        let program = dir.path().join("soffice.exe");
        std::fs::write(&program, "").unwrap();
        assert_eq!(find(None, Some(&path)).unwrap(), program);
        assert!(find(Some(&dir.path().join("nothing")), Some(&path)).is_err());
        assert_eq!(find(Some(&program), None).unwrap(), program);
    }

    /// A fake environment: `vars` as (name, value).
    fn env_of(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    /// The places looked in, for each platform, as a pure function of `PATH` and the
    /// environment: PATH first everywhere, then where the installers put LibreOffice.
    #[test]
    fn the_places_looked_in_on_each_platform() {
        let env = env_of(&[
            ("HOME", "/Users/tam"),
            ("ProgramFiles", r"C:\Program Files"),
            ("ProgramW6432", r"C:\Program Files"),
            ("ProgramFiles(x86)", r"C:\Program Files (x86)"),
        ]);
        let strings = |places: Vec<PathBuf>| -> Vec<String> {
            places.iter().map(|p| p.display().to_string()).collect()
        };
        // what `join` gives on the system the test runs on
        let at = |dir: &str, name: &str| Path::new(dir).join(name).display().to_string();

        let path = [PathBuf::from("/usr/local/bin"), PathBuf::from("/usr/bin")];
        assert_eq!(
            strings(places(Platform::Unix, &path, &env)),
            [
                at("/usr/local/bin", "soffice"),
                at("/usr/bin", "soffice"),
                at("/usr/local/bin", "libreoffice"),
                at("/usr/bin", "libreoffice"),
            ],
            "Linux: PATH only, soffice before libreoffice"
        );
        assert!(places(Platform::Unix, &[], &env).is_empty());

        let path = [PathBuf::from("/opt/homebrew/bin")];
        assert_eq!(
            strings(places(Platform::MacOs, &path, &env)),
            [
                at("/opt/homebrew/bin", "soffice"),
                at("/opt/homebrew/bin", "libreoffice"),
                at("/Applications", "LibreOffice.app/Contents/MacOS/soffice"),
                Path::new("/Users/tam")
                    .join("Applications")
                    .join("LibreOffice.app/Contents/MacOS/soffice")
                    .display()
                    .to_string(),
            ],
            "macOS: PATH (Homebrew), then the application bundle"
        );
        assert_eq!(
            places(Platform::MacOs, &[], &env_of(&[])).len(),
            1,
            "no HOME: /Applications only"
        );

        let path = [PathBuf::from(r"C:\Windows\System32")];
        let windows = strings(places(Platform::Windows, &path, &env));
        let program = |folder: &str| {
            Path::new(folder)
                .join("LibreOffice")
                .join("program")
                .join("soffice.exe")
                .display()
                .to_string()
        };
        assert_eq!(
            windows,
            [
                at(r"C:\Windows\System32", "soffice.exe"),
                program(r"C:\Program Files"),
                program(r"C:\Program Files (x86)"),
            ],
            "Windows: PATH, then Program Files (once), then Program Files (x86)"
        );
        if cfg!(windows) {
            assert_eq!(
                windows[1],
                r"C:\Program Files\LibreOffice\program\soffice.exe"
            );
        }
        assert!(places(Platform::Windows, &[], &env_of(&[])).is_empty());
    }

    #[test]
    fn the_profile_folder_as_a_file_url() {
        assert_eq!(
            file_url_of(b"/tmp/report-pdf-Ab1/profile", Platform::Unix),
            "file:///tmp/report-pdf-Ab1/profile"
        );
        assert_eq!(
            file_url_of("/home/tâm/a b".as_bytes(), Platform::Unix),
            "file:///home/t%C3%A2m/a%20b"
        );
        assert_eq!(
            file_url_of(
                r"C:\Users\Tâm\AppData\Local\Temp\report-pdf-Ab1\profile".as_bytes(),
                Platform::Windows
            ),
            "file:///C:/Users/T%C3%A2m/AppData/Local/Temp/report-pdf-Ab1/profile"
        );
        assert_eq!(
            file_url_of(r"\\?\C:\Temp\profile".as_bytes(), Platform::Windows),
            "file:///C:/Temp/profile"
        );
        assert_eq!(
            file_url_of(r"\\server\share\profile".as_bytes(), Platform::Windows),
            "file://server/share/profile"
        );
        assert_eq!(
            file_url_of(r"\\?\UNC\server\share\p".as_bytes(), Platform::Windows),
            "file://server/share/p"
        );
    }

    #[test]
    fn this_system_is_known() {
        let expected = if cfg!(windows) {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::MacOs
        } else {
            Platform::Unix
        };
        assert_eq!(Platform::CURRENT, expected);
    }
}
