//! The PDF output: the DOCX through LibreOffice (`soffice --headless --convert-to pdf`),
//! the engine clerks already have; no layout engine of our own.
//!
//! Each conversion runs in a temporary folder of its own with its own LibreOffice profile
//! (`-env:UserInstallation`): conversions sharing a profile wait on its lock or hang, so
//! builds in parallel (`report build data/*`, several CI jobs) each get theirs. A
//! conversion that does not finish within the timeout is stopped, with every process it
//! started (its process group). The PDF is PDF/A-1b by default: what archives ask for
//! (TCVN 14159-1:2024 is PDF/A-1), fonts embedded, no transparency, metadata in XMP.
//!
//! What can be fixed for reproducibility is fixed after the conversion, in place and at
//! the same length (so the cross-reference offsets stay right): the creation date of the
//! document information and of the XMP metadata becomes the report's own date (or
//! `SOURCE_DATE_EPOCH`), and the file identifier (`/ID`) a hash of the DOCX. What
//! remains different from run to run is inside compressed streams LibreOffice writes
//! (the embedded font subsets carry the time of the conversion), see the README.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::messages::PdfMessage;

/// Names LibreOffice goes by on PATH, in the order looked for.
const PROGRAMS: [&str; 2] = ["soffice", "libreoffice"];
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

/// LibreOffice's program: the path given (`--soffice`, else `REPORT_SOFFICE`), which must
/// be there, or the first of `soffice`, `libreoffice` on `PATH`.
pub fn find(
    named: Option<&Path>,
    path_var: Option<&std::ffi::OsStr>,
) -> Result<PathBuf, PdfMessage> {
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
    PROGRAMS
        .iter()
        .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
        .find(|p| is_program(p))
        .ok_or(PdfMessage::OfficeNotFound { named: None })
}

fn is_program(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
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
    let mut profile_url = String::from("file://");
    profile_url.push_str(&percent_path(&profile));
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
    {
        use std::os::unix::process::CommandExt;
        // its own process group, so that a timeout stops soffice.bin with its launcher
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

/// A path as a file URL's path: every byte but unreserved ones and `/` percent-encoded.
fn percent_path(p: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for &b in p.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
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
}
