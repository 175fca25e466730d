//! The shape of the data files, exactly as a clerk writes them. Unknown keys are errors:
//! the schema denies them and the structural check of the loader reports each one; serde
//! itself skips them, so that the rest of a file with a misspelt key is still checked.
//! Text values keep their place in the file (`Text`) so that validation can point at the
//! exact character of a problem. The `///` comments are the Vietnamese descriptions of
//! the JSON Schema (`report schema`), shown by editors on hover.

use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::Visitor;
use serde::{Deserialize, Deserializer};
use serde_saphyr::Spanned;

pub use super::blocks::*;
pub use super::figures::*;
pub use super::located::*;

/// Every text value of a file, in the order written, for the checks of the text itself.
pub trait Texts {
    fn each_text<'a>(&'a self, f: &mut dyn FnMut(&'a Text));

    /// Every list of blocks of the file, for the checks of table cells.
    fn each_block_list<'a>(&'a self, f: &mut dyn FnMut(&'a [BlockFile]));
}

/// Every table of `blocks`.
pub fn each_table<'a>(blocks: &'a [BlockFile], f: &mut dyn FnMut(&'a TableFile)) {
    for block in blocks {
        if let BlockFile::Structured(b, _) = block
            && let Some(table) = &b.table
        {
            f(table);
        }
    }
}

fn each<'a>(texts: impl IntoIterator<Item = &'a Text>, f: &mut dyn FnMut(&'a Text)) {
    texts.into_iter().for_each(f);
}

fn each_footnote<'a>(notes: &'a Footnotes, f: &mut dyn FnMut(&'a Text)) {
    notes.0.iter().for_each(|(_, text)| f(text));
}

fn each_figure<'a>(figures: &'a Figures, f: &mut dyn FnMut(&'a Text)) {
    for (_, figure) in &figures.0 {
        let d = &figure.definition;
        each(
            [&d.sum, &d.difference, &d.ratio, &d.percent]
                .into_iter()
                .flatten()
                .flatten(),
            f,
        );
        each(&d.unit, f);
        each([&d.change, &d.with].into_iter().flatten(), f);
        each([&d.units, &d.of].into_iter().flatten(), f);
    }
}

/// Every text of blocks, tables included.
pub fn each_block_text<'a>(blocks: &'a [BlockFile], f: &mut dyn FnMut(&'a Text)) {
    for block in blocks {
        match block {
            BlockFile::Paragraph(t) => f(t),
            BlockFile::Structured(b, _) => {
                each(b.numbered.iter().flatten(), f);
                each([&b.units_text, &b.sector].into_iter().flatten(), f);
                if let Some(table) = &b.table {
                    each_table_text(table, f);
                }
            }
        }
    }
}

fn each_table_text<'a>(t: &'a TableFile, f: &mut dyn FnMut(&'a Text)) {
    each([&t.title, &t.unit].into_iter().flatten(), f);
    for column in &t.columns.value {
        each(
            [&column.align, &column.total_figure].into_iter().flatten(),
            f,
        );
    }
    each(&t.count_figure, f);
    for row in t.header.iter().chain(&t.rows) {
        for cell in row.cells() {
            if let CellValue::Text(text) = &cell.value {
                f(text);
            }
        }
    }
    if let Some(from) = &t.rows_from {
        f(&from.file);
        each(
            [&from.sheet, &from.range, &from.delimiter]
                .into_iter()
                .flatten(),
            f,
        );
    }
    if let Some(units) = &t.units {
        each(units.value.figures.iter().chain(&units.value.order), f);
    }
    if let Some(total) = &t.total {
        f(&total.label);
        each(&total.label_align, f);
    }
    for (_, figure) in &t.figures.0 {
        let d = &figure.definition;
        each([&d.equals, &d.unit].into_iter().flatten(), f);
    }
    each_footnote(&t.footnotes, f);
}

impl Texts for ReportFile {
    fn each_text<'a>(&'a self, f: &mut dyn FnMut(&'a Text)) {
        each(self.agency.parent.iter().flat_map(|p| &p.0), f);
        each(&self.agency.name, f);
        each(&self.agency.full_name, f);
        each(&self.number, f);
        each(
            [
                &self.symbol,
                &self.place,
                &self.date,
                &self.doc_type,
                &self.summary,
            ],
            f,
        );
        each(&self.addressees, f);
        each_block_text(&self.opening, f);
        let n = &self.numbering;
        each(
            [&n.sections, &n.sectors, &n.models, &n.items]
                .into_iter()
                .flatten(),
            f,
        );
        for section in &self.sections {
            f(&section.title);
            each_block_text(&section.body, f);
            each(&section.include, f);
        }
        each(&self.difficulties, f);
        each(&self.proposals, f);
        f(&self.closing);
        each_footnote(&self.footnotes, f);
        each_figure(&self.figures, f);
        each(&self.recipients.value, f);
        each(&self.signer.authority, f);
        each([&self.signer.title, &self.signer.name], f);
        each(&self.layout.header_sizes, f);
        each(&self.layout.orientation, f);
        let m = &self.marks;
        each([&m.urgency, &m.circulation].into_iter().flatten(), f);
        each(m.typist.iter().map(|t| &t.code), f);
        if let Some(c) = &m.contact {
            each(
                [&c.address, &c.phone, &c.fax, &c.email, &c.website]
                    .into_iter()
                    .flatten(),
                f,
            );
        }
        each(
            [&self.previous, &self.previous_year].into_iter().flatten(),
            f,
        );
        if let Some(s) = &self.synthesis {
            each([&s.units, &s.folders].into_iter().chain(&s.deadline), f);
        }
    }

    fn each_block_list<'a>(&'a self, f: &mut dyn FnMut(&'a [BlockFile])) {
        f(&self.opening);
        self.sections.iter().for_each(|s| f(&s.body));
    }
}

impl Texts for SectorFile {
    fn each_text<'a>(&'a self, f: &mut dyn FnMut(&'a Text)) {
        f(&self.title);
        each(&self.lead, f);
        each_block_text(&self.intro, f);
        for model in &self.models {
            each(&model.title, f);
            each_block_text(&model.body.value, f);
            each_footnote(&model.footnotes, f);
        }
        each_block_text(&self.after, f);
        each_footnote(&self.footnotes, f);
        each_figure(&self.figures, f);
        each(&self.difficulties, f);
        each(&self.proposals, f);
    }

    fn each_block_list<'a>(&'a self, f: &mut dyn FnMut(&'a [BlockFile])) {
        f(&self.intro);
        self.models.iter().for_each(|m| f(&m.body.value));
        f(&self.after);
    }
}

impl Texts for AppendixFile {
    fn each_text<'a>(&'a self, f: &mut dyn FnMut(&'a Text)) {
        each(&self.title, f);
        each(&self.orientation, f);
        each_block_text(&self.body, f);
        each_footnote(&self.footnotes, f);
        each_figure(&self.figures, f);
    }

    fn each_block_list<'a>(&'a self, f: &mut dyn FnMut(&'a [BlockFile])) {
        f(&self.body);
    }
}

/// Every `footnotes` map of a file, to place their keys.
pub trait FootnoteMaps {
    fn footnote_maps(&mut self, f: &mut dyn FnMut(&mut Footnotes));
}

impl FootnoteMaps for ReportFile {
    fn footnote_maps(&mut self, f: &mut dyn FnMut(&mut Footnotes)) {
        table_footnotes(&mut self.opening, f);
        for section in &mut self.sections {
            table_footnotes(&mut section.body, f);
        }
        f(&mut self.footnotes);
    }
}

impl FootnoteMaps for SectorFile {
    fn footnote_maps(&mut self, f: &mut dyn FnMut(&mut Footnotes)) {
        table_footnotes(&mut self.intro, f);
        for model in &mut self.models {
            table_footnotes(&mut model.body.value, f);
            f(&mut model.footnotes);
        }
        table_footnotes(&mut self.after, f);
        f(&mut self.footnotes);
    }
}

impl FootnoteMaps for AppendixFile {
    fn footnote_maps(&mut self, f: &mut dyn FnMut(&mut Footnotes)) {
        table_footnotes(&mut self.body, f);
        f(&mut self.footnotes);
    }
}

/// The footnotes of the tables among `blocks`.
fn table_footnotes(blocks: &mut [BlockFile], f: &mut dyn FnMut(&mut Footnotes)) {
    for block in blocks {
        if let BlockFile::Structured(b, _) = block
            && let Some(table) = &mut b.table
        {
            f(&mut table.footnotes);
        }
    }
}

/// Tệp report.yaml: phần đầu văn bản, phần mở đầu, các mục, câu kết, nơi nhận và người ký.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ReportFile {
    /// Cơ quan ban hành văn bản (và cơ quan chủ quản, nếu có).
    pub agency: AgencyFile,
    /// Số văn bản, ví dụ "05" (số nhỏ hơn 10 có số 0 đứng trước); để "" để điền tay sau khi ký.
    #[serde(default)]
    pub number: Option<Text>,
    /// Ký hiệu văn bản: mã tên loại - mã cơ quan, chữ in hoa, ví dụ "BC-UBND".
    pub symbol: Text,
    /// Địa danh nơi ban hành, ví dụ "Sa Đéc".
    pub place: Text,
    /// Ngày ban hành, dạng năm-tháng-ngày, ví dụ 2021-04-28.
    pub date: Text,
    /// Tên loại văn bản, chữ in hoa, ví dụ "BÁO CÁO".
    pub doc_type: Text,
    /// Trích yếu nội dung, in đậm dưới tên loại văn bản.
    pub summary: Text,
    /// Kỳ báo cáo: "2026-09" (tháng), "2026-q3" (quý), "2026-6t" (6 tháng đầu năm), "2026-9t" (9 tháng) hoặc "2026" (năm); report init --period ghi sẵn. Cho phép in thời gian chốt số liệu theo Nghị định 09/2019/NĐ-CP bằng `[=ky-tu-ngay]` và `[=ky-den-ngay]`.
    #[serde(default)]
    pub period: Option<Text>,
    /// Kính gửi: một hoặc nhiều nơi nhận báo cáo, không có dấu câu cuối dòng.
    #[serde(default)]
    pub addressees: Vec<Text>,
    /// Các đoạn mở đầu, trước mục thứ nhất; mỗi phần tử một khối (đoạn, danh sách, bảng).
    #[serde(default)]
    pub opening: Vec<BlockFile>,
    /// Kiểu đánh số các cấp: "I.", "1.", "1)", "a)", "a.", "-", "+", "*" hoặc "" (không số).
    #[serde(default)]
    pub numbering: NumberingFile,
    /// Các mục của báo cáo, theo thứ tự.
    pub sections: Vec<SectionFile>,
    /// Khó khăn, vướng mắc chung của báo cáo; in trước khó khăn của các lĩnh vực, ở mục có `include: difficulties`.
    #[serde(default)]
    pub difficulties: Vec<Text>,
    /// Đề xuất, kiến nghị chung của báo cáo; in trước đề xuất của các lĩnh vực, ở mục có `include: proposals`.
    #[serde(default)]
    pub proposals: Vec<Text>,
    /// Câu kết thúc nội dung; khi in, dấu "." cuối được thay bằng "./.".
    pub closing: Text,
    /// Chú thích dùng trong các đoạn của report.yaml.
    #[serde(default)]
    pub footnotes: Footnotes,
    /// Số liệu có tên, dùng trong văn bản bằng `[=ten]`.
    #[serde(default)]
    pub figures: Figures,
    /// Nơi nhận, mỗi phần tử một dòng, không gõ "- " đầu dòng và ";"/"." cuối dòng; dòng cuối "Lưu: VT".
    #[schemars(with = "Vec<Text>")]
    pub recipients: Spanned<Vec<Text>>,
    /// Người ký: quyền hạn, chức vụ, họ tên.
    pub signer: SignerFile,
    /// Tùy chọn trình bày trong khoảng Nghị định 30/2020 cho phép; bỏ trống để dùng mặc định.
    #[serde(default)]
    pub layout: LayoutFile,
    /// Thư mục dữ liệu của kỳ trước, nằm cạnh thư mục này, ví dụ "../2021-04" (report init --from ghi sẵn): để so sánh số liệu (`change`).
    #[serde(default)]
    pub previous: Option<Text>,
    /// Thư mục dữ liệu của cùng kỳ năm trước, nằm cạnh thư mục này, ví dụ "../2020-04": để so sánh "so với cùng kỳ".
    #[serde(default)]
    pub previous_year: Option<Text>,
    /// Ghi chú về các cảnh báo đã biết và giữ lại có chủ ý (ví dụ: chỗ không nhất quán của chính văn bản gốc); in cùng dòng đếm cảnh báo. Cảnh báo vẫn được in và vẫn tính với --deny-warnings.
    #[serde(default)]
    pub known_warnings: Option<Text>,
    /// Các thành phần tùy chọn (Nghị định 30/2020, Phụ lục I mục III): độ khẩn, phạm vi lưu hành, ký hiệu người đánh máy và số bản, địa chỉ liên hệ, dấu "Dự thảo".
    #[serde(default)]
    pub marks: MarksFile,
    /// Báo cáo tổng hợp từ báo cáo của các đơn vị (các xã, phường của tỉnh): danh sách đơn vị và nơi đặt thư mục dữ liệu kỳ này của từng đơn vị. Số liệu của các đơn vị được tổng hợp bằng `{units: sum}` trong `figures:`.
    #[serde(default)]
    pub synthesis: Option<SynthesisFile>,
}

/// Báo cáo tổng hợp: các đơn vị báo cáo và nơi đặt dữ liệu của họ.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SynthesisFile {
    /// Tệp CSV danh sách đơn vị, trong thư mục dữ liệu, ví dụ "don-vi.csv": UTF-8, dòng đầu là tiêu đề `ma,ten,nhom`; mỗi dòng một đơn vị: mã đơn vị hành chính (Quyết định 19/2025/QĐ-TTg), tên (ví dụ "Xã Lai Vung"), nhóm (không bắt buộc, ví dụ "xã", "phường").
    pub units: Text,
    /// Thư mục dữ liệu kỳ này của mỗi đơn vị, tính từ thư mục này: `{ma}` là mã đơn vị, `{ten}` là tên như viết, `{slug}` là tên riêng không dấu, chữ thường, nối bằng "-", bỏ chữ "Xã", "Phường", "Đặc khu" đứng đầu (Xã Lai Vung → lai-vung), ví dụ "../xa/{ma}-{slug}/2025-q4".
    pub folders: Text,
    /// Hạn nộp báo cáo (năm-tháng-ngày, ví dụ 2026-01-05): đơn vị có ngày báo cáo sau hạn được kể là nộp muộn.
    #[serde(default)]
    pub deadline: Option<Text>,
}

/// Các thành phần tùy chọn của văn bản; mỗi khóa có thể bỏ.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MarksFile {
    /// Dấu chỉ độ khẩn (ô 10b), in dưới số, ký hiệu: "khẩn", "thượng khẩn" hoặc "hỏa tốc".
    #[serde(default)]
    pub urgency: Option<Text>,
    /// Chỉ dẫn phạm vi lưu hành (ô 11), in trên Quốc hiệu: "lưu hành nội bộ" hoặc "xem xong trả lại".
    #[serde(default)]
    pub circulation: Option<Text>,
    /// Ký hiệu người đánh máy, nhân bản và số lượng bản phát hành (ô 12), in cuối phần nơi nhận, ví dụ PL.(300).
    #[serde(default)]
    pub typist: Option<TypistFile>,
    /// Địa chỉ, điện thoại, thư điện tử, trang thông tin điện tử của cơ quan (ô 13), in cuối trang đầu dưới một đường kẻ.
    #[serde(default)]
    pub contact: Option<ContactFile>,
    /// Dự thảo: lần dự thảo, số nguyên từ 1; 1 in "Dự thảo", 2 in "Dự thảo lần 2". Văn bản dự thảo chưa có số (để `number` trống).
    #[serde(default)]
    pub draft: Option<Number>,
    /// Văn bản điện tử: để trống số và ngày, tháng ban hành cho hệ thống quản lý văn bản điền khi ký số (để `number` trống); chỗ ký được chừa trống.
    #[serde(default)]
    pub electronic: Option<bool>,
}

/// Ký hiệu người đánh máy, nhân bản và số lượng bản phát hành.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TypistFile {
    /// Chữ viết tắt tên người đánh máy, nhân bản, chữ in hoa, ví dụ "PL".
    pub code: Text,
    /// Số lượng bản phát hành, số nguyên từ 1, ví dụ 300.
    pub copies: Number,
}

/// Địa chỉ liên hệ của cơ quan, chỉ in ở trang đầu.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ContactFile {
    /// Địa chỉ trụ sở, ví dụ "Số 10, đường Hùng Vương, phường 1, thành phố Sa Đéc".
    #[serde(default)]
    pub address: Option<Text>,
    /// Số điện thoại.
    #[serde(default)]
    pub phone: Option<Text>,
    /// Số fax.
    #[serde(default)]
    pub fax: Option<Text>,
    /// Địa chỉ thư điện tử.
    #[serde(default)]
    pub email: Option<Text>,
    /// Địa chỉ trang thông tin điện tử.
    #[serde(default)]
    pub website: Option<Text>,
}

/// Cơ quan ban hành và cơ quan chủ quản trực tiếp.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct AgencyFile {
    /// Tên cơ quan chủ quản trực tiếp (nếu có), chữ in hoa, được viết tắt "UBND", "HĐND"; một dòng, hoặc danh sách các dòng.
    #[serde(default)]
    pub parent: Option<Lines>,
    /// Tên cơ quan ban hành, chữ in hoa, mỗi phần tử một dòng, ví dụ "ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ ĐÔNG".
    pub name: Vec<Text>,
    /// Tên đầy đủ viết thường, cho dòng "(Kèm theo … của …)" của phụ lục, ví dụ "Ủy ban nhân dân xã Tân Phú Đông" (mặc định: suy từ `name`).
    #[serde(default)]
    pub full_name: Option<Text>,
}

/// Kiểu đánh số các cấp của báo cáo.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct NumberingFile {
    /// Kiểu đánh số các mục lớn (mặc định "1.").
    #[serde(default)]
    pub sections: Option<Text>,
    /// Ký hiệu trước tiêu đề từng lĩnh vực (mặc định "*").
    #[serde(default)]
    pub sectors: Option<Text>,
    /// Kiểu đánh số các mô hình trong một lĩnh vực, đánh lại từ đầu ở mỗi lĩnh vực (mặc định "1)").
    #[serde(default)]
    pub models: Option<Text>,
    /// Kiểu đánh số các ý của một danh sách `numbered` (mặc định "a)").
    #[serde(default)]
    pub items: Option<Text>,
}

/// Một mục của báo cáo.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SectionFile {
    /// Tiêu đề mục, không gõ số thứ tự.
    pub title: Text,
    /// Các khối ngay dưới tiêu đề mục: đoạn, danh sách đánh số, bảng.
    #[serde(default)]
    pub body: Vec<BlockFile>,
    /// Nội dung lấy từ các lĩnh vực: "sectors" (các lĩnh vực và mô hình), "difficulties" (khó khăn), "proposals" (đề xuất).
    #[serde(default)]
    pub include: Option<Text>,
}

/// Người ký văn bản.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SignerFile {
    /// Quyền hạn ký, mỗi phần tử một dòng, chữ in hoa, bắt đầu bằng TM., KT., TL., TUQ. hoặc Q., ví dụ "TM. ỦY BAN NHÂN DÂN".
    #[serde(default)]
    pub authority: Vec<Text>,
    /// Chức vụ người ký, chữ in hoa, ví dụ "CHỦ TỊCH".
    pub title: Text,
    /// Họ tên người ký, không ghi học hàm, học vị.
    pub name: Text,
}

/// Tùy chọn trình bày (Nghị định 30/2020, Phụ lục I).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct LayoutFile {
    /// Lề trang, mi-li-mét: trên 20–25, dưới 20–25, trái 30–35, phải 15–20 (mặc định 20, 20, 30, 15).
    #[serde(default)]
    pub margins_mm: MarginsFile,
    /// Cỡ chữ phần nội dung, 13 hoặc 14 (mặc định 14).
    #[serde(default)]
    pub body_size_pt: Option<Number>,
    /// Cỡ chữ Quốc hiệu/Tiêu ngữ/địa danh và ngày: "13/14/14" hoặc "12/13/13" (mặc định "13/14/14").
    #[serde(default)]
    pub header_sizes: Option<Text>,
    /// Thụt đầu dòng, xăng-ti-mét: 1 hoặc 1,27 (mặc định 1).
    #[serde(default)]
    pub first_line_indent_cm: Option<Number>,
    /// Khoảng cách dòng, từ 1 (dòng đơn) đến 1,5 (mặc định 1).
    #[serde(default)]
    pub line_spacing: Option<Number>,
    /// Khoảng cách giữa các đoạn, điểm, tối thiểu 6 (mặc định 6).
    #[serde(default)]
    pub paragraph_spacing_pt: Option<Number>,
    /// Hướng trang của phần nội dung: "portrait" (dọc, mặc định) hoặc "landscape" (ngang: chỉ khi văn bản có bảng và không có phụ lục).
    #[serde(default)]
    pub orientation: Option<Text>,
    /// Cỡ chữ trong bảng, 12–14 (mặc định 13).
    #[serde(default)]
    pub table_size_pt: Option<Number>,
}

/// Lề trang, mi-li-mét.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct MarginsFile {
    /// Lề trên, 20–25.
    #[serde(default)]
    pub top: Option<Number>,
    /// Lề dưới, 20–25.
    #[serde(default)]
    pub bottom: Option<Number>,
    /// Lề trái, 30–35.
    #[serde(default)]
    pub left: Option<Number>,
    /// Lề phải, 15–20.
    #[serde(default)]
    pub right: Option<Number>,
}

/// Tệp sectors/NN-ten.yaml: một lĩnh vực do một phòng, ban gửi.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct SectorFile {
    /// Tiêu đề lĩnh vực, in sau ký hiệu (numbering.sectors), ví dụ "Trong lĩnh vực kinh tế:".
    pub title: Text,
    /// Chữ in tiếp sau tiêu đề, trên cùng dòng (tùy chọn).
    #[serde(default)]
    pub lead: Option<Text>,
    /// Các khối trước các mô hình: đoạn, danh sách đánh số, bảng.
    #[serde(default)]
    pub intro: Vec<BlockFile>,
    /// Các mô hình, cách làm hay; công cụ tự đánh số theo numbering.models.
    #[serde(default)]
    pub models: Vec<ModelFile>,
    /// Các khối sau các mô hình ("Ngoài ra, …"): đoạn, danh sách đánh số, bảng.
    #[serde(default)]
    pub after: Vec<BlockFile>,
    /// Chú thích dùng trong intro, after, difficulties, proposals của tệp này.
    #[serde(default)]
    pub footnotes: Footnotes,
    /// Số liệu có tên của lĩnh vực, dùng trong văn bản bằng `[=ten]` (tên dùng chung cả báo cáo).
    #[serde(default)]
    pub figures: Figures,
    /// Khó khăn, vướng mắc của lĩnh vực; mỗi phần tử một gạch đầu dòng ở mục khó khăn.
    #[serde(default)]
    pub difficulties: Vec<Text>,
    /// Đề xuất, kiến nghị của lĩnh vực; mỗi phần tử một gạch đầu dòng ở mục đề xuất.
    #[serde(default)]
    pub proposals: Vec<Text>,
}

/// Một mô hình, cách làm hay.
#[derive(Debug, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ModelFile {
    /// Tên mô hình thành dòng riêng (tùy chọn); không có thì số thứ tự đứng đầu đoạn thứ nhất.
    #[serde(default)]
    pub title: Option<Text>,
    /// Các khối của mô hình; đoạn bắt đầu bằng "- " là một gạch đầu dòng; có thể có danh sách đánh số, bảng.
    #[schemars(with = "Vec<BlockFile>")]
    #[serde(deserialize_with = "exact_list")]
    pub body: Spanned<Vec<BlockFile>>,
    /// Chú thích của mô hình, theo khóa.
    #[serde(default)]
    pub footnotes: Footnotes,
}

/// A located list kept as long as it is: a YAML list gives no length before its items,
/// and serde's list keeps room for four (a model's body has one or two blocks: 2.4 MB of
/// room never used at 10,000 models).
fn exact_list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Spanned<Vec<T>>, D::Error> {
    let mut list = Spanned::<Vec<T>>::deserialize(d)?;
    list.value.shrink_to_fit();
    Ok(list)
}

/// One line or several: `parent: UBND TỈNH ĐỒNG THÁP` or a list of lines.
#[derive(Debug, Clone, Default)]
pub struct Lines(pub Vec<Text>);

impl<'de> Deserialize<'de> for Lines {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lines, D::Error> {
        enum Raw {
            One(String),
            Many(Vec<Text>),
        }
        struct RawVisitor;
        impl<'de> Visitor<'de> for RawVisitor {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a line or a list of lines")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Raw, E> {
                Ok(Raw::One(v.into()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
                let mut lines = Vec::new();
                while let Some(line) = seq.next_element::<Text>()? {
                    lines.push(line);
                }
                Ok(Raw::Many(lines))
            }
        }
        impl<'de> Deserialize<'de> for Raw {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
                d.deserialize_any(RawVisitor)
            }
        }
        let raw = Spanned::<Raw>::deserialize(d)?;
        Ok(match raw.value {
            Raw::One(line) => Lines(vec![Text(Spanned::new(line, raw.referenced, raw.defined))]),
            Raw::Many(lines) => Lines(lines),
        })
    }
}

impl JsonSchema for Lines {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lines".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [
                { "type": "string" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}
