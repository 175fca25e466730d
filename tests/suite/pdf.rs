//! `--format pdf` through LibreOffice: the clear error (exit 2, the install command)
//! without it, a timeout that stops it, a conversion that writes nothing; and, where
//! LibreOffice is installed (CI installs it), real PDF/A builds of several folders at once
//! with the dates fixed and the page count read back.

use std::path::Path;
use std::process::{Command, Output};
#[cfg(unix)]
use std::time::{Duration, Instant};

use super::support::*;

/// `report ARGS` in the checkout with `PATH` set to `path` and no `REPORT_SOFFICE`.
fn report_with_path(path: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_report"))
        .args(args)
        .current_dir(root())
        .env("RUST_BACKTRACE", "0")
        .env("PATH", path)
        .env_remove("REPORT_SOFFICE")
        .env_remove("REPORT_LANG")
        .output()
        .unwrap()
}

/// A fake `soffice` in a fresh folder, running `script`.
#[cfg(unix)]
fn fake_office(script: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let program = dir.path().join("soffice");
    std::fs::write(&program, format!("#!/bin/sh\n{script}\n")).unwrap();
    set_mode(&program, 0o755);
    dir
}

#[test]
fn without_libreoffice_the_error_is_clear_and_nothing_is_written() {
    let empty = tempfile::tempdir().unwrap();
    let out = empty.path().join("out");
    let o = report_with_path(
        empty.path(),
        &[
            "build",
            "data/2021-04",
            "--format",
            "docx,pdf",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("E-pdf-no-office"), "{err}");
    assert!(
        err.contains("apt-get install -y libreoffice-writer-nogui"),
        "{err}"
    );
    assert!(
        err.contains("--soffice") && err.contains("REPORT_SOFFICE"),
        "{err}"
    );
    assert!(!out.exists(), "nothing built when the PDF cannot be");
    // a path named that is not there
    let o = report_with_path(
        empty.path(),
        &[
            "--lang",
            "en",
            "build",
            "data/2021-04",
            "--format",
            "pdf",
            "--soffice",
            "/no/such/soffice",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot run LibreOffice at `/no/such/soffice`"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn a_conversion_past_its_timeout_is_stopped() {
    // the launcher waits on a child, as LibreOffice's script waits on soffice.bin
    let fake = fake_office("/bin/sleep 30; exit 0");
    let out = fake.path().join("out");
    let started = Instant::now();
    let o = report_with_path(
        fake.path(),
        &[
            "build",
            "data/2021-04",
            "--format",
            "pdf",
            "--pdf-timeout",
            "1",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("E-pdf-timeout"), "{}", stderr(&o));
    assert!(!out.join("2021-04.pdf").exists());
    // the whole group was stopped: no sleep of this fake is left
    let ps = Command::new("ps").args(["-eo", "args"]).output().unwrap();
    let left = String::from_utf8_lossy(&ps.stdout)
        .lines()
        .filter(|l| l.trim() == "/bin/sleep 30")
        .count();
    assert_eq!(left, 0, "the launcher's child outlived the timeout");
}

#[cfg(unix)]
#[test]
fn a_conversion_that_writes_nothing_is_an_error() {
    let fake = fake_office("echo 'Error: source file could not be loaded' >&2; exit 0");
    let out = fake.path().join("out");
    let o = pdf_with(&fake, &out);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("E-pdf]") && err.contains("source file could not be loaded"),
        "{err}"
    );
}

/// `build data/2021-04 --format pdf` with the fake office `fake` as `--soffice`, into
/// `out`.
#[cfg(unix)]
fn pdf_with(fake: &tempfile::TempDir, out: &Path) -> std::process::Output {
    report_with_path(
        Path::new("/usr/bin:/bin"),
        &[
            "build",
            "data/2021-04",
            "--format",
            "pdf",
            "--soffice",
            fake.path().join("soffice").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    )
}

/// A program given as `--soffice` that writes something that is not a PDF: refused
/// before it replaces anything, the PDF of an earlier build left as it was.
#[cfg(unix)]
#[test]
fn what_is_not_a_pdf_replaces_nothing() {
    // the fake writes `NAME.pdf` into the folder after --outdir, from its last argument
    let fake = fake_office(
        r#"while [ $# -gt 0 ]; do [ "$1" = --outdir ] && out=$2; last=$1; shift; done
name=$(basename "$last" .docx)
printf '<html>not a pdf</html>' > "$out/$name.pdf""#,
    );
    let out = fake.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let earlier = b"%PDF-1.4 an earlier build".to_vec();
    std::fs::write(out.join("2021-04.pdf"), &earlier).unwrap();
    let o = pdf_with(&fake, &out);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "lỗi[E-pdf]: chương trình dựng PDF ghi ra một tệp không phải PDF; không thay tệp nào"
        ),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(out.join("2021-04.pdf")).unwrap(), earlier);
}

/// The PDF is made from the DOCX the same build writes: a fake office that writes the
/// checksum of the document it was given into its "PDF", read back against the DOCX
/// written beside it; and with the PDF alone asked for, from the same DOCX still.
#[cfg(unix)]
#[test]
fn the_pdf_is_made_from_the_docx_written_beside_it() {
    let fake = fake_office(
        r#"while [ $# -gt 0 ]; do [ "$1" = --outdir ] && out=$2; last=$1; shift; done
name=$(basename "$last" .docx)
printf '%%PDF-1.7 /Count 1 %s' "$(cksum < "$last")" > "$out/$name.pdf""#,
    );
    let cksum = |bytes: &[u8]| {
        let mut child = Command::new("cksum")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(bytes).unwrap();
        let out = child.wait_with_output().unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    for formats in ["docx,pdf", "pdf"] {
        let out = fake.path().join(formats.replace(',', "-"));
        let o = report_with_path(
            Path::new("/usr/bin:/bin"),
            &[
                "build",
                "data/2021-04",
                "--format",
                formats,
                "--soffice",
                fake.path().join("soffice").to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let pdf = std::fs::read_to_string(out.join("2021-04.pdf")).unwrap();
        let docx = match std::fs::read(out.join("2021-04.docx")) {
            Ok(docx) => docx,
            // not an output: the one a build of the DOCX writes
            Err(_) => {
                let docx_out = fake.path().join("docx-only");
                let args = ["build", "data/2021-04", "--format", "docx", "--out"];
                let o = run(
                    &root(),
                    &[&args[..], &[docx_out.to_str().unwrap()]].concat(),
                );
                assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
                std::fs::read(docx_out.join("2021-04.docx")).unwrap()
            }
        };
        assert_eq!(
            pdf,
            format!("%PDF-1.7 /Count 1 {}", cksum(&docx)),
            "{formats}"
        );
    }
}

/// LibreOffice on PATH, if any.
fn office() -> Option<std::path::PathBuf> {
    report::pdf::find(None, std::env::var_os("PATH").as_deref()).ok()
}

#[test]
fn real_pdfs_of_several_folders_at_once() {
    let Some(program) = office() else {
        eprintln!("skipped: no LibreOffice on PATH (CI installs it)");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let path = program.parent().unwrap().to_path_buf();
    let path = std::env::join_paths([path, "/usr/bin".into(), "/bin".into()]).unwrap();
    let folders = [
        "data/2021-04",
        "examples/xa-tan-phu-dong-2025",
        "examples/du-thao-co-dau",
    ];
    let mut args = vec!["build"];
    args.extend(folders);
    args.extend(["--format", "pdf,meta", "--out", out.to_str().unwrap()]);
    let o = report_with_path(Path::new(&path), &args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for (name, pages) in [
        ("2021-04", 6),
        ("xa-tan-phu-dong-2025", 6),
        ("du-thao-co-dau", 6),
    ] {
        let pdf = std::fs::read(out.join(format!("{name}.pdf"))).unwrap();
        assert!(pdf.starts_with(b"%PDF-1.4"), "{name}: PDF/A-1 is PDF 1.4");
        let text = String::from_utf8_lossy(&pdf);
        assert!(
            text.contains("<pdfaid:part>1</pdfaid:part>"),
            "{name}: not PDF/A-1"
        );
        assert_eq!(report::pdf::page_count(&pdf), Some(pages), "{name}");
        // no temporaries left beside the outputs
        assert!(
            !std::fs::read_dir(&out).unwrap().any(|e| e
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".tmp"))
        );
        let _ = text;
    }
    let pdf =
        String::from_utf8_lossy(&std::fs::read(out.join("2021-04.pdf")).unwrap()).into_owned();
    assert!(
        pdf.contains("/CreationDate(D:20210428000000"),
        "dated from the report"
    );
    assert!(
        pdf.contains("<xmp:CreateDate>2021-04-28T00:00:00"),
        "XMP dated from the report"
    );
    // --check leaves the PDF out and says so
    let o = report_with_path(
        Path::new(&path),
        &[
            "build",
            "data/2021-04",
            "--format",
            "pdf",
            "--check",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("--check không so sánh PDF"),
        "{}",
        stderr(&o)
    );
}
