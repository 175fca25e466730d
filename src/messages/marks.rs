//! The catalogue entries of the optional marks (`marks:` in report.yaml): code, text and
//! hint in Vietnamese and English, one `match` per language and property as in the rest
//! of the catalogue.

/// A problem with one of the optional marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkMessage {
    Urgency {
        value: String,
        allowed: &'static str,
    },
    Circulation {
        value: String,
        allowed: &'static str,
    },
    TypistCode {
        value: String,
    },
    Copies {
        value: String,
    },
    DraftRound {
        value: String,
    },
    DraftNumbered {
        number: String,
    },
    ElectronicNumbered {
        number: String,
    },
}

impl MarkMessage {
    pub fn code(&self) -> &'static str {
        use MarkMessage::*;
        match self {
            Urgency { .. } => "E-mark-urgency",
            Circulation { .. } => "E-mark-circulation",
            TypistCode { .. } | Copies { .. } => "E-mark-typist",
            DraftRound { .. } => "E-mark-draft",
            DraftNumbered { .. } => "E-draft-numbered",
            ElectronicNumbered { .. } => "E-electronic-numbered",
        }
    }

    pub fn text_vi(&self) -> String {
        use MarkMessage::*;
        match self {
            Urgency { value, .. } => format!("độ khẩn `{value}` không có trong Nghị định 30/2020"),
            Circulation { value, .. } => {
                format!("chỉ dẫn phạm vi lưu hành `{value}` không có trong Nghị định 30/2020")
            }
            TypistCode { value } => format!(
                "ký hiệu người đánh máy `{value}` phải là chữ in hoa, không dấu cách, tối đa 8 chữ"
            ),
            Copies { value } => format!("số lượng bản `{value}` không phải số nguyên dương"),
            DraftRound { value } => {
                format!("lần dự thảo `{value}` không phải số nguyên từ 1 đến 99")
            }
            DraftNumbered { number } => format!(
                "văn bản dự thảo đã có số `{number}`; văn bản chỉ được đánh số sau khi ký (Nghị định 30/2020, Điều 15.2)"
            ),
            ElectronicNumbered { number } => format!(
                "văn bản điện tử đã có số `{number}`; hệ thống quản lý văn bản cấp số khi ký số"
            ),
        }
    }

    pub fn text_en(&self) -> String {
        use MarkMessage::*;
        match self {
            Urgency { value, .. } => format!("urgency `{value}` is not one Decree 30/2020 knows"),
            Circulation { value, .. } => {
                format!("circulation note `{value}` is not one Decree 30/2020 knows")
            }
            TypistCode { value } => {
                format!("typist code `{value}` must be capital letters, no spaces, at most 8")
            }
            Copies { value } => {
                format!("number of copies `{value}` is not a positive whole number")
            }
            DraftRound { value } => {
                format!("draft round `{value}` is not a whole number from 1 to 99")
            }
            DraftNumbered { number } => format!(
                "a draft already has the number `{number}`; a document is numbered only after it is signed (Decree 30/2020, Article 15.2)"
            ),
            ElectronicNumbered { number } => format!(
                "an electronic document already has the number `{number}`; the document system numbers it when it is signed digitally"
            ),
        }
    }

    pub fn hint_vi(&self) -> String {
        use MarkMessage::*;
        match self {
            Urgency { allowed, .. } => format!("viết một trong: {allowed}"),
            Circulation { allowed, .. } => format!("viết một trong: {allowed}"),
            TypistCode { .. } => "viết chữ viết tắt tên người đánh máy, ví dụ \"PL\"; công cụ tự thêm dấu chấm và số bản: PL.(300)".into(),
            Copies { .. } => "viết số bản phát hành, ví dụ 300".into(),
            DraftRound { .. } => "viết 1 cho \"Dự thảo\", 2 cho \"Dự thảo lần 2\", …".into(),
            DraftNumbered { .. } => "để `number: \"\"` cho đến khi văn bản được ký, hoặc bỏ `marks.draft` khi văn bản đã ký".into(),
            ElectronicNumbered { .. } => "để `number: \"\"`, hoặc bỏ `marks.electronic` nếu văn bản được ký tay trên giấy".into(),
        }
    }

    pub fn hint_en(&self) -> String {
        use MarkMessage::*;
        match self {
            Urgency { allowed, .. } => format!("write one of: {allowed}"),
            Circulation { allowed, .. } => format!("write one of: {allowed}"),
            TypistCode { .. } => "write the typist's initials, e.g. \"PL\"; the tool adds the dot and the copies: PL.(300)".into(),
            Copies { .. } => "write the number of copies issued, e.g. 300".into(),
            DraftRound { .. } => "write 1 for \"Dự thảo\", 2 for \"Dự thảo lần 2\", …".into(),
            DraftNumbered { .. } => "leave `number: \"\"` until the document is signed, or remove `marks.draft` once it is".into(),
            ElectronicNumbered { .. } => "leave `number: \"\"`, or remove `marks.electronic` if the document is signed on paper".into(),
        }
    }
}
