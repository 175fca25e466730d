//! The catalogue entries of the PDF output (`--format pdf`, through LibreOffice): each
//! message's code, text and hint in every language side by side.

use super::{Entry, Tr};
use crate::pdf::Platform;

/// A problem making the PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfMessage {
    /// No LibreOffice: `named` is the path given by `--soffice` / `REPORT_SOFFICE`, if any.
    OfficeNotFound { named: Option<String> },
    /// LibreOffice ran but wrote no PDF.
    ConversionFailed { detail: String },
    /// LibreOffice did not finish in time (and was stopped).
    Timeout { seconds: u64 },
    /// What the program wrote is not a PDF (it does not start with `%PDF-`), or is
    /// larger than `limit` bytes: nothing is replaced with it.
    NotPdf { limit: Option<u64> },
}

/// The command that installs what the PDF needs on Debian and Ubuntu.
pub const INSTALL: &str = "sudo apt-get install -y libreoffice-writer-nogui fonts-liberation";
/// Where LibreOffice is downloaded from, for Windows and macOS.
pub const DOWNLOAD: &str = "https://www.libreoffice.org/download/";

/// How to install LibreOffice on `platform`: on Linux the package command; on Windows and
/// macOS, which have Times New Roman, the installer, and where `report` then finds the
/// program by itself (see `crate::pdf::places`).
pub fn install_hint(platform: Platform) -> Tr<String> {
    match platform {
        Platform::Unix => Tr {
            vi: format!("cài LibreOffice: `{INSTALL}`"),
            en: format!("install LibreOffice: `{INSTALL}`"),
        },
        Platform::Windows => Tr {
            vi: format!(
                "cài LibreOffice (tải tại {DOWNLOAD}, hoặc `winget install TheDocumentFoundation.LibreOffice`); report tự tìm `soffice.exe` trong `%ProgramFiles%\\LibreOffice\\program`"
            ),
            en: format!(
                "install LibreOffice (from {DOWNLOAD}, or `winget install TheDocumentFoundation.LibreOffice`); report finds `soffice.exe` in `%ProgramFiles%\\LibreOffice\\program` by itself"
            ),
        },
        Platform::MacOs => Tr {
            vi: format!(
                "cài LibreOffice (tải tại {DOWNLOAD}, hoặc `brew install --cask libreoffice`); report tự tìm nó trong `/Applications/LibreOffice.app`"
            ),
            en: format!(
                "install LibreOffice (from {DOWNLOAD}, or `brew install --cask libreoffice`); report finds it in `/Applications/LibreOffice.app` by itself"
            ),
        },
    }
}

impl PdfMessage {
    /// The catalogue's entry of the message, lent to `read`.
    pub(super) fn entry<R>(&self, read: impl FnOnce(Entry<'_>) -> R) -> R {
        use PdfMessage::*;
        let entry = match self {
            OfficeNotFound { named } => Entry {
                code: "E-pdf-no-office",
                text: match named {
                    Some(p) => tr! {
                        vi: format!("không chạy được LibreOffice ở `{p}`"),
                        en: format!("cannot run LibreOffice at `{p}`"),
                    },
                    None => tr! {
                        vi: "không tìm thấy LibreOffice (`soffice`) để dựng PDF",
                        en: "LibreOffice (`soffice`) was not found; it makes the PDF",
                    },
                },
                hint: tr! {
                    vi: format!("{}; hoặc chỉ đường dẫn bằng `--soffice ĐƯỜNG_DẪN` hay biến môi trường REPORT_SOFFICE; hoặc bỏ `pdf` khỏi --format", install_hint(Platform::CURRENT).vi),
                    en: format!("{}; or name it with `--soffice PATH` or the REPORT_SOFFICE environment variable; or leave `pdf` out of --format", install_hint(Platform::CURRENT).en),
                },
            },
            ConversionFailed { detail } => Entry {
                code: "E-pdf",
                text: tr! {
                    vi: format!("LibreOffice không tạo được PDF: {detail}"),
                    en: format!("LibreOffice made no PDF: {detail}"),
                },
                hint: tr! {
                    vi: "mở tệp DOCX bằng LibreOffice để xem lỗi; kiểm tra LibreOffice chạy được ở chế độ --headless",
                    en: "open the DOCX in LibreOffice to see what is wrong; check that LibreOffice runs with --headless",
                },
            },
            Timeout { seconds } => Entry {
                code: "E-pdf-timeout",
                text: tr! {
                    vi: format!("LibreOffice không xong sau {seconds} giây, đã dừng"),
                    en: format!("LibreOffice did not finish in {seconds} seconds and was stopped"),
                },
                hint: tr! {
                    vi: "máy đang bận hoặc văn bản rất dài: tăng thời gian chờ bằng `--pdf-timeout GIÂY`",
                    en: "the machine is busy or the document very long: give it longer with `--pdf-timeout SECONDS`",
                },
            },
            NotPdf { limit } => Entry {
                code: "E-pdf",
                text: match limit {
                    None => tr! {
                        vi: "chương trình dựng PDF ghi ra một tệp không phải PDF; không thay tệp nào",
                        en: "the PDF program wrote a file that is not a PDF; nothing was replaced",
                    },
                    Some(l) => tr! {
                        vi: format!("chương trình dựng PDF ghi ra tệp lớn hơn {} MiB; không thay tệp nào", l >> 20),
                        en: format!("the PDF program wrote a file larger than {} MiB; nothing was replaced", l >> 20),
                    },
                },
                hint: tr! {
                    vi: "kiểm tra `--soffice` hoặc REPORT_SOFFICE chỉ đúng chương trình LibreOffice (soffice)",
                    en: "check that `--soffice` or REPORT_SOFFICE names LibreOffice's program (soffice)",
                },
            },
        };
        read(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{Lang, Message};

    /// Each platform's install hint, in both languages: the package command on Linux,
    /// the installer and where the program is then found on Windows and macOS.
    #[test]
    fn the_install_hint_of_each_platform() {
        for lang in [Lang::Vi, Lang::En] {
            let linux = install_hint(Platform::Unix).get(lang);
            assert!(linux.contains(INSTALL), "{linux}");
            let windows = install_hint(Platform::Windows).get(lang);
            assert!(
                windows.contains(DOWNLOAD) && windows.contains("winget"),
                "{windows}"
            );
            assert!(
                windows.contains(r"%ProgramFiles%\LibreOffice\program"),
                "{windows}"
            );
            assert!(!windows.contains("apt-get"), "{windows}");
            let mac = install_hint(Platform::MacOs).get(lang);
            assert!(mac.contains("brew install --cask libreoffice"), "{mac}");
            assert!(mac.contains("/Applications/LibreOffice.app"), "{mac}");
        }
        assert!(
            install_hint(Platform::Windows)
                .vi
                .starts_with("cài LibreOffice")
        );
        assert!(
            install_hint(Platform::Windows)
                .en
                .starts_with("install LibreOffice")
        );
        // the hint of the error is this system's
        let office = Message::Pdf(PdfMessage::OfficeNotFound { named: None });
        let hint = office.hint(Lang::En);
        assert!(
            hint.starts_with(&install_hint(Platform::CURRENT).en),
            "{hint}"
        );
        assert!(hint.contains("--soffice") && hint.contains("REPORT_SOFFICE"));
        let hint = office.hint(Lang::Vi);
        assert!(
            hint.starts_with(&install_hint(Platform::CURRENT).vi),
            "{hint}"
        );
    }
}
