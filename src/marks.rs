//! The optional marks of Decree 30/2020 Phụ lục I §III (`marks:` in report.yaml): the
//! urgency stamp (ô 10b), the circulation note (ô 11), the typist's code and number of
//! copies (ô 12), the contact block at the foot of page 1 (ô 13), and the draft mark
//! ("Dự thảo", not a decree component: common practice). Validation reads them into
//! [`Marks`]; layout hands them on unchanged; each renderer prints them with the texts
//! below.

use serde::Serialize;

/// Độ khẩn (§III.2.b).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Khan,
    ThuongKhan,
    HoaToc,
}

impl Urgency {
    /// The values report.yaml accepts, as the hint lists them.
    pub const NAMES: &'static str = "`khẩn`, `thượng khẩn`, `hỏa tốc`";

    /// A value as a clerk writes it, in any case; "hoả tốc" (old tone placement) too.
    pub fn parse(s: &str) -> Option<Urgency> {
        match squeeze(s).as_str() {
            "khẩn" => Some(Urgency::Khan),
            "thượng khẩn" => Some(Urgency::ThuongKhan),
            "hỏa tốc" | "hoả tốc" => Some(Urgency::HoaToc),
            _ => None,
        }
    }

    /// The printed stamp, in capitals.
    pub fn text(self) -> &'static str {
        match self {
            Urgency::Khan => "KHẨN",
            Urgency::ThuongKhan => "THƯỢNG KHẨN",
            Urgency::HoaToc => "HỎA TỐC",
        }
    }
}

/// Chỉ dẫn về phạm vi lưu hành (§III.2.c).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Circulation {
    Internal,
    ReturnAfterReading,
}

impl Circulation {
    pub const NAMES: &'static str = "`lưu hành nội bộ`, `xem xong trả lại`";

    pub fn parse(s: &str) -> Option<Circulation> {
        match squeeze(s).as_str() {
            "lưu hành nội bộ" => Some(Circulation::Internal),
            "xem xong trả lại" => Some(Circulation::ReturnAfterReading),
            _ => None,
        }
    }

    pub fn text(self) -> &'static str {
        match self {
            Circulation::Internal => "LƯU HÀNH NỘI BỘ",
            Circulation::ReturnAfterReading => "XEM XONG TRẢ LẠI",
        }
    }
}

/// Lowercase NFC with single spaces.
fn squeeze(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let lower: String = s.nfc().collect::<String>().to_lowercase();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The typist's code and the number of copies (§III.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Typist {
    /// In capitals, e.g. `PL`.
    pub code: String,
    pub copies: u32,
}

impl Typist {
    /// `PL.(300)`, as the decree writes it.
    pub fn text(&self) -> String {
        format!("{}.({})", self.code, self.copies)
    }
}

/// The agency's address, phone, fax, e-mail and website (§III.4); each may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub address: Option<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
}

impl Contact {
    /// The printed lines: the address on a line of its own, then phone and fax, then
    /// e-mail and website, each item with its label, items of a line joined by "; ".
    /// Empty when nothing is given.
    pub fn lines(&self) -> Vec<String> {
        let item = |label: &str, v: &Option<String>| v.as_ref().map(|v| format!("{label}: {v}"));
        let groups = [
            vec![item("Địa chỉ", &self.address)],
            vec![item("ĐT", &self.phone), item("Fax", &self.fax)],
            vec![item("E-mail", &self.email), item("Website", &self.website)],
        ];
        groups
            .into_iter()
            .map(|g| g.into_iter().flatten().collect::<Vec<_>>().join("; "))
            .filter(|l| !l.is_empty())
            .collect()
    }
}

/// The optional marks of a report; all absent by default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Marks {
    pub urgency: Option<Urgency>,
    pub circulation: Option<Circulation>,
    pub typist: Option<Typist>,
    pub contact: Contact,
    /// The draft round: 1 prints "Dự thảo", n ≥ 2 "Dự thảo lần n".
    pub draft: Option<u32>,
    /// An electronic document: number, day and month left for the document system to
    /// fill when it is signed digitally.
    pub electronic: bool,
}

impl Marks {
    /// "Dự thảo" or "Dự thảo lần 2", when the report is a draft.
    pub fn draft_text(&self) -> Option<String> {
        self.draft.map(|round| match round {
            1 => "Dự thảo".to_string(),
            n => format!("Dự thảo lần {n}"),
        })
    }

    /// Whether page 1 has a header of marks (the circulation note or the draft mark).
    pub fn in_page_header(&self) -> bool {
        self.circulation.is_some() || self.draft.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_in_any_case_and_spacing() {
        assert_eq!(
            Urgency::parse("  Thượng   KHẨN "),
            Some(Urgency::ThuongKhan)
        );
        assert_eq!(Urgency::parse("hoả tốc"), Some(Urgency::HoaToc));
        assert_eq!(Urgency::parse("HỎA TỐC"), Some(Urgency::HoaToc));
        assert_eq!(Urgency::parse("khan"), None);
        // NFD input reads the same
        assert_eq!(Urgency::parse("kha\u{302}\u{309}n"), Some(Urgency::Khan));
        assert_eq!(
            Circulation::parse("Xem xong trả lại"),
            Some(Circulation::ReturnAfterReading)
        );
        assert_eq!(Circulation::parse("mật"), None);
    }

    #[test]
    fn printed_texts() {
        let t = Typist {
            code: "PL".into(),
            copies: 300,
        };
        assert_eq!(t.text(), "PL.(300)");
        let m = Marks {
            draft: Some(2),
            ..Marks::default()
        };
        assert_eq!(m.draft_text().as_deref(), Some("Dự thảo lần 2"));
        assert_eq!(
            Marks {
                draft: Some(1),
                ..Marks::default()
            }
            .draft_text()
            .as_deref(),
            Some("Dự thảo")
        );
        let c = Contact {
            address: Some("Số 10".into()),
            fax: Some("0277".into()),
            email: Some("a@b.vn".into()),
            ..Contact::default()
        };
        assert_eq!(c.lines(), ["Địa chỉ: Số 10", "Fax: 0277", "E-mail: a@b.vn"]);
        assert!(Contact::default().lines().is_empty());
    }
}
