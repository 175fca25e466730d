//! A synthetic report of any size: `sectors` × `models` models of realistic Vietnamese
//! administrative prose (sentences in the style of the reference report, recombined),
//! a footnote on every tenth model, difficulties and proposals in every sector.

use std::fs;
use std::path::Path;

use report::init::quoted;

const SENTENCES: &[&str] = &[
    "Để thúc đẩy liên kết phát triển sản xuất, phát huy lợi thế của từng khu vực trên địa bàn, Ủy ban nhân dân đã triển khai thực hiện và nhân rộng mô hình gắn với từng ngành hàng đặc trưng của địa phương.",
    "Qua thời gian thực hiện mô hình, các cán bộ tiếp dân, tiếp nhận và trả kết quả hồ sơ đã thay đổi rõ nét về thái độ phục vụ và chất lượng công việc được nâng cao.",
    "Mô hình được người dân, doanh nghiệp hưởng ứng mạnh mẽ, nhiều cơ sở đầu tư cơ sở vật chất, hạ tầng, dịch vụ phục vụ du lịch.",
    "Đến nay đã thực hiện được 06/07 ấp, thu gom rác thải chuyển đến nơi tập kết theo quy định, góp phần hạn chế ô nhiễm môi trường nước.",
    "Công an phối hợp với Mặt trận Tổ quốc thực hiện, quản lý 21 thanh thiếu niên, nhằm cảm hóa, giáo dục, giúp đỡ người vi phạm pháp luật trở thành công dân có ích.",
    "Tổng kinh phí thực hiện trên 4,2 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1.629 triệu đồng, phần còn lại do Nhân dân đóng góp.",
    "Tuy nhiên, tỷ lệ người dân tham gia chưa cao, chưa đạt 100% tổng số hộ, vẫn còn tình trạng vứt rác bừa bãi.",
    "Mô hình đã góp phần xây dựng chính quyền thân thiện, phục vụ Nhân dân, được sự đồng tình, ủng hộ của người dân địa phương.",
    "Hiện có 37 nhóm với 666 thành viên ở 09 xã, phường, mỗi tuần đăng ít nhất 02 tin, bài tuyên truyền về phòng chống tội phạm.",
    "Thời gian tới, tiếp tục duy trì, nhân rộng mô hình, đồng thời rút kinh nghiệm để nâng cao hiệu quả hoạt động.",
];

const TITLES: &[&str] = &[
    "Mô hình Hội quán",
    "Mô hình sản xuất hoa kiểng kết hợp với tham quan du lịch trải nghiệm",
    "Mô hình Nụ cười công sở",
    "Mô hình thu gom rác thải trên các tuyến đường nông thôn",
    "Mô hình Camera an ninh",
    "Mô hình Tổ nhân dân tự quản",
];

fn paragraph(seed: usize, sentences: usize) -> String {
    (0..sentences)
        .map(|i| SENTENCES[(seed * 7 + i * 3) % SENTENCES.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes a data folder at `dir` with `sectors` sector files of `models` models each.
pub fn write(dir: &Path, sectors: usize, models: usize) -> std::io::Result<()> {
    fs::create_dir_all(dir.join("sectors"))?;
    let report = format!(
        r#"agency:
  name: [ỦY BAN NHÂN DÂN, THÀNH PHỐ SA ĐÉC]
number: "141"
symbol: BC-UBND
place: Sa Đéc
date: 2021-04-28
doc_type: BÁO CÁO
summary: Đánh giá và nhân rộng các mô hình, cách làm hay trên địa bàn thành phố ({sectors} lĩnh vực, {total} mô hình)
addressees: [Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp]
opening:
  - {opening}
sections:
  - title: Đánh giá tình hình và kết quả thực hiện
    include: sectors
  - title: Những khó khăn, vướng mắc
    include: difficulties
  - title: Đề xuất và kiến nghị
    include: proposals
closing: Ủy ban nhân dân Thành phố báo cáo Văn phòng Ủy ban nhân dân tỉnh biết để tổng hợp.
recipients: [Như trên, CT và PCT UBND TP, "Lưu: VT"]
signer:
  authority: [TM. ỦY BAN NHÂN DÂN]
  title: CHỦ TỊCH
  name: Nguyễn Văn Hon
"#,
        total = sectors * models,
        opening = quoted(&paragraph(0, 3)),
    );
    fs::write(dir.join("report.yaml"), report)?;
    for s in 0..sectors {
        let mut y = format!("title: \"Lĩnh vực thứ {}:\"\nmodels:\n", s + 1);
        for m in 0..models {
            let n = s * models + m;
            let note = n.is_multiple_of(10);
            let reference = if note {
                format!("[^ghi-chu-{n}]")
            } else {
                String::new()
            };
            // every other model has a title line; the others start with their number
            if n.is_multiple_of(2) {
                y.push_str(&format!(
                    "  - title: {}\n    body:\n",
                    quoted(TITLES[n % TITLES.len()])
                ));
            } else {
                y.push_str("  - body:\n");
            }
            y.push_str(&format!(
                "      - {}\n",
                quoted(&format!(
                    "{}{reference} {}",
                    paragraph(n, 2),
                    paragraph(n + 1, 1)
                ))
            ));
            y.push_str(&format!("      - {}\n", quoted(&paragraph(n + 2, 2))));
            if note {
                y.push_str(&format!(
                    "    footnotes:\n      ghi-chu-{n}: {}\n",
                    quoted(&paragraph(n + 3, 1))
                ));
            }
        }
        y.push_str(&format!(
            "difficulties:\n  - {}\nproposals:\n  - {}\n",
            quoted(&paragraph(s, 2)),
            quoted(&paragraph(s + 5, 1))
        ));
        fs::write(dir.join("sectors").join(format!("{:03}.yaml", s + 1)), y)?;
    }
    Ok(())
}
