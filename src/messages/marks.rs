//! The catalogue entries of the optional marks (`marks:` in report.yaml): each message's
//! code, text and hint in every language side by side, as in the rest of the catalogue.

use super::Entry;

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
    /// The catalogue's entry of the message, lent to `read`.
    pub(super) fn entry<R>(&self, read: impl FnOnce(Entry<'_>) -> R) -> R {
        use MarkMessage::*;
        let entry = match self {
            Urgency { value, allowed } => Entry {
                code: "E-mark-urgency",
                text: tr! {
                    vi: format!("độ khẩn `{value}` không có trong Nghị định 30/2020"),
                    en: format!("urgency `{value}` is not one Decree 30/2020 knows"),
                },
                hint: tr! {
                    vi: format!("viết một trong: {allowed}"),
                    en: format!("write one of: {allowed}"),
                },
            },
            Circulation { value, allowed } => Entry {
                code: "E-mark-circulation",
                text: tr! {
                    vi: format!("chỉ dẫn phạm vi lưu hành `{value}` không có trong Nghị định 30/2020"),
                    en: format!("circulation note `{value}` is not one Decree 30/2020 knows"),
                },
                hint: tr! {
                    vi: format!("viết một trong: {allowed}"),
                    en: format!("write one of: {allowed}"),
                },
            },
            TypistCode { value } => Entry {
                code: "E-mark-typist",
                text: tr! {
                    vi: format!("ký hiệu người đánh máy `{value}` phải là chữ in hoa, không dấu cách, tối đa 8 chữ"),
                    en: format!("typist code `{value}` must be capital letters, no spaces, at most 8"),
                },
                hint: tr! {
                    vi: "viết chữ viết tắt tên người đánh máy, ví dụ \"PL\"; công cụ tự thêm dấu chấm và số bản: PL.(300)",
                    en: "write the typist's initials, e.g. \"PL\"; the tool adds the dot and the copies: PL.(300)",
                },
            },
            Copies { value } => Entry {
                code: "E-mark-typist",
                text: tr! {
                    vi: format!("số lượng bản `{value}` không phải số nguyên dương"),
                    en: format!("number of copies `{value}` is not a positive whole number"),
                },
                hint: tr! {
                    vi: "viết số bản phát hành, ví dụ 300",
                    en: "write the number of copies issued, e.g. 300",
                },
            },
            DraftRound { value } => Entry {
                code: "E-mark-draft",
                text: tr! {
                    vi: format!("lần dự thảo `{value}` không phải số nguyên từ 1 đến 99"),
                    en: format!("draft round `{value}` is not a whole number from 1 to 99"),
                },
                hint: tr! {
                    vi: "viết 1 cho \"Dự thảo\", 2 cho \"Dự thảo lần 2\", …",
                    en: "write 1 for \"Dự thảo\", 2 for \"Dự thảo lần 2\", …",
                },
            },
            DraftNumbered { number } => Entry {
                code: "E-draft-numbered",
                text: tr! {
                    vi: format!("văn bản dự thảo đã có số `{number}`; văn bản chỉ được đánh số sau khi ký (Nghị định 30/2020, Điều 15.2)"),
                    en: format!("a draft already has the number `{number}`; a document is numbered only after it is signed (Decree 30/2020, Article 15.2)"),
                },
                hint: tr! {
                    vi: "để `number: \"\"` cho đến khi văn bản được ký, hoặc bỏ `marks.draft` khi văn bản đã ký",
                    en: "leave `number: \"\"` until the document is signed, or remove `marks.draft` once it is",
                },
            },
            ElectronicNumbered { number } => Entry {
                code: "E-electronic-numbered",
                text: tr! {
                    vi: format!("văn bản điện tử đã có số `{number}`; hệ thống quản lý văn bản cấp số khi ký số"),
                    en: format!("an electronic document already has the number `{number}`; the document system numbers it when it is signed digitally"),
                },
                hint: tr! {
                    vi: "để `number: \"\"`, hoặc bỏ `marks.electronic` nếu văn bản được ký tay trên giấy",
                    en: "leave `number: \"\"`, or remove `marks.electronic` if the document is signed on paper",
                },
            },
        };
        read(entry)
    }
}
