//! The catalogue entries of the PDF output (`--format pdf`, through LibreOffice): code,
//! text and hint in Vietnamese and English.

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

/// How to install LibreOffice on `platform`, in Vietnamese or (`en`) English: on Linux
/// the package command; on Windows and macOS, which have Times New Roman, the installer,
/// and where `report` then finds the program by itself (see `crate::pdf::places`).
pub fn install_hint(platform: Platform, en: bool) -> String {
    match (platform, en) {
        (Platform::Unix, false) => format!("cài LibreOffice: `{INSTALL}`"),
        (Platform::Unix, true) => format!("install LibreOffice: `{INSTALL}`"),
        (Platform::Windows, false) => format!(
            "cài LibreOffice (tải tại {DOWNLOAD}, hoặc `winget install TheDocumentFoundation.LibreOffice`); report tự tìm `soffice.exe` trong `%ProgramFiles%\\LibreOffice\\program`"
        ),
        (Platform::Windows, true) => format!(
            "install LibreOffice (from {DOWNLOAD}, or `winget install TheDocumentFoundation.LibreOffice`); report finds `soffice.exe` in `%ProgramFiles%\\LibreOffice\\program` by itself"
        ),
        (Platform::MacOs, false) => format!(
            "cài LibreOffice (tải tại {DOWNLOAD}, hoặc `brew install --cask libreoffice`); report tự tìm nó trong `/Applications/LibreOffice.app`"
        ),
        (Platform::MacOs, true) => format!(
            "install LibreOffice (from {DOWNLOAD}, or `brew install --cask libreoffice`); report finds it in `/Applications/LibreOffice.app` by itself"
        ),
    }
}

impl PdfMessage {
    pub fn code(&self) -> &'static str {
        match self {
            PdfMessage::OfficeNotFound { .. } => "E-pdf-no-office",
            PdfMessage::ConversionFailed { .. } => "E-pdf",
            PdfMessage::Timeout { .. } => "E-pdf-timeout",
            PdfMessage::NotPdf { .. } => "E-pdf",
        }
    }

    pub fn text_vi(&self) -> String {
        use PdfMessage::*;
        match self {
            OfficeNotFound { named: Some(p) } => format!("không chạy được LibreOffice ở `{p}`"),
            OfficeNotFound { named: None } => {
                "không tìm thấy LibreOffice (`soffice`) để dựng PDF".into()
            }
            ConversionFailed { detail } => format!("LibreOffice không tạo được PDF: {detail}"),
            Timeout { seconds } => format!("LibreOffice không xong sau {seconds} giây, đã dừng"),
            NotPdf { limit: None } => {
                "chương trình dựng PDF ghi ra một tệp không phải PDF; không thay tệp nào".into()
            }
            NotPdf { limit: Some(l) } => format!(
                "chương trình dựng PDF ghi ra tệp lớn hơn {} MiB; không thay tệp nào",
                l >> 20
            ),
        }
    }

    pub fn text_en(&self) -> String {
        use PdfMessage::*;
        match self {
            OfficeNotFound { named: Some(p) } => format!("cannot run LibreOffice at `{p}`"),
            OfficeNotFound { named: None } => {
                "LibreOffice (`soffice`) was not found; it makes the PDF".into()
            }
            ConversionFailed { detail } => format!("LibreOffice made no PDF: {detail}"),
            Timeout { seconds } => {
                format!("LibreOffice did not finish in {seconds} seconds and was stopped")
            }
            NotPdf { limit: None } => {
                "the PDF program wrote a file that is not a PDF; nothing was replaced".into()
            }
            NotPdf { limit: Some(l) } => format!(
                "the PDF program wrote a file larger than {} MiB; nothing was replaced",
                l >> 20
            ),
        }
    }

    pub fn hint_vi(&self) -> String {
        use PdfMessage::*;
        match self {
            OfficeNotFound { .. } => format!("{}; hoặc chỉ đường dẫn bằng `--soffice ĐƯỜNG_DẪN` hay biến môi trường REPORT_SOFFICE; hoặc bỏ `pdf` khỏi --format", install_hint(Platform::CURRENT, false)),
            ConversionFailed { .. } => "mở tệp DOCX bằng LibreOffice để xem lỗi; kiểm tra LibreOffice chạy được ở chế độ --headless".into(),
            Timeout { .. } => "máy đang bận hoặc văn bản rất dài: tăng thời gian chờ bằng `--pdf-timeout GIÂY`".into(),
            NotPdf { .. } => "kiểm tra `--soffice` hoặc REPORT_SOFFICE chỉ đúng chương trình LibreOffice (soffice)".into(),
        }
    }

    pub fn hint_en(&self) -> String {
        use PdfMessage::*;
        match self {
            OfficeNotFound { .. } => format!("{}; or name it with `--soffice PATH` or the REPORT_SOFFICE environment variable; or leave `pdf` out of --format", install_hint(Platform::CURRENT, true)),
            ConversionFailed { .. } => "open the DOCX in LibreOffice to see what is wrong; check that LibreOffice runs with --headless".into(),
            Timeout { .. } => "the machine is busy or the document very long: give it longer with `--pdf-timeout SECONDS`".into(),
            NotPdf { .. } => "check that `--soffice` or REPORT_SOFFICE names LibreOffice's program (soffice)".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each platform's install hint, in both languages: the package command on Linux,
    /// the installer and where the program is then found on Windows and macOS.
    #[test]
    fn the_install_hint_of_each_platform() {
        for en in [false, true] {
            let linux = install_hint(Platform::Unix, en);
            assert!(linux.contains(INSTALL), "{linux}");
            let windows = install_hint(Platform::Windows, en);
            assert!(
                windows.contains(DOWNLOAD) && windows.contains("winget"),
                "{windows}"
            );
            assert!(
                windows.contains(r"%ProgramFiles%\LibreOffice\program"),
                "{windows}"
            );
            assert!(!windows.contains("apt-get"), "{windows}");
            let mac = install_hint(Platform::MacOs, en);
            assert!(mac.contains("brew install --cask libreoffice"), "{mac}");
            assert!(mac.contains("/Applications/LibreOffice.app"), "{mac}");
        }
        assert!(install_hint(Platform::Windows, false).starts_with("cài LibreOffice"));
        assert!(install_hint(Platform::Windows, true).starts_with("install LibreOffice"));
        // the hint of the error is this system's
        let hint = PdfMessage::OfficeNotFound { named: None }.hint_en();
        assert!(
            hint.starts_with(&install_hint(Platform::CURRENT, true)),
            "{hint}"
        );
        assert!(hint.contains("--soffice") && hint.contains("REPORT_SOFFICE"));
        let hint = PdfMessage::OfficeNotFound { named: None }.hint_vi();
        assert!(
            hint.starts_with(&install_hint(Platform::CURRENT, false)),
            "{hint}"
        );
    }
}
