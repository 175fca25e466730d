#!/usr/bin/env python3
"""A synthesis folder of N unit reports, for tests and benchmarks (standard library only).

    gen-synthesis.py N OUT_DIR [--seed S] [--missing K] [--failing K] [--late K]
                               [--units CSV] [--force]

writes into OUT_DIR a province's synthesis folder for quarter IV of 2025:

- report.yaml and sectors/*.yaml: the province's own report ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG
  THÁP"), whose text quotes the synthesized figures ([=ho-ngheo], [=ty-le-xa-dat], …);
  report.yaml's `synthesis:` gives the unit list, where each unit's folder is
  ("xa/{ma}-{slug}/2025-q4") and the deadline (2026-01-05), its `figures:` the synthesized
  figures ({units: sum}, count, max, min, mean, share, with `of:`), as docs/data-format.md
  describes them;
- don-vi.csv: N units, header `ma,ten,nhom`: a unique 5-digit code, a unique name as
  written ("Xã Tân Hòa Lợi", "Phường Mỹ Đông"), the group "xã" or "phường". With --units
  CSV the units are read from that file instead (same header: the example's real units);
- N unit folders xa/{ma}-{slug}/2025-q4/, each an ordinary data folder that `report check`
  accepts (report.yaml and 4 sector files, about 30 KB of YAML, the size of data/2021-04,
  whose text it adapts to a commune's quarterly report): period 2025-q4, a date in early
  January 2026, the unit's own name in the agency lines, and the figures the province
  synthesizes, with values drawn from the seed and the unit's index: ho-ngheo (hộ),
  ho-can-ngheo (hộ), thu-ngan-sach (triệu đồng, 1 decimal), so-cong-trinh,
  ty-le-bao-hiem-y-te (a percent: a value with unit "%" and decimals 1), and, in only some
  communes (never a ward), dat-chuan-nong-thon-moi. Every figure is referred to in the text.

Options: --missing K leaves K units listed in don-vi.csv without a folder (not reported);
--failing K makes K units fail `report check` (their text refers to [=ho-ngheo-giam], a
figure they do not define: E-figure-undefined); --late K dates K units after the deadline
(2026-01-06 to 2026-01-09). The three sets are disjoint, drawn from the seed.

Deterministic: the same arguments write the same bytes. All text is NFC. OUT_DIR must be
empty or absent; --force first removes an OUT_DIR that holds a don-vi.csv (an earlier one).
Inside this repository, each report.yaml and sector file starts with the line that points
the YAML language server at schema/ (as the shipped data does).
"""

import argparse
import csv
import io
import os
import random
import shutil
import sys
import unicodedata
from string import Template

PERIOD = "2025-q4"
DEADLINE = "2026-01-05"
ON_TIME_DATES = ["2026-01-02", "2026-01-05"]
LATE_DATES = ["2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"]
FOLDERS = "xa/{ma}-{slug}/" + PERIOD

# syllables of generated unit names (common in the Mekong delta's place names)
SYLLABLES = (
    "An Bình Hòa Long Mỹ Phú Tân Thạnh Vĩnh Hưng Phước Thới Hiệp Đông Tây Nhơn Định Khánh "
    "Lợi Hội Thuận Xuân Hậu Điền Quới Thành Lộc Trung Sơn Đức Hảo Nhựt Gia Kim Thanh Hồng "
    "Ba Tam Đạo Lương Châu Phong Quang Hiếu Trường Nghĩa Thiện Tịnh Hựu Ngãi"
).split()

FAMILY = "Nguyễn Trần Lê Phạm Huỳnh Võ Phan Trương Đặng Bùi Đỗ Hồ Ngô Dương Lý Đoàn".split()
MIDDLE_M = ["Văn", "Minh", "Thanh", "Hoàng", "Quốc", "Hữu", "Công", "Thành"]
MIDDLE_F = ["Thị", "Thị Kim", "Thị Ngọc", "Thị Thu", "Thị Mỹ", "Thị Thanh"]
GIVEN_M = "Bình Hùng Tâm Tài Trí Sang Phong Hải Dũng Nghĩa Lộc Tuấn Khang Phúc Thịnh Hiếu".split()
GIVEN_F = "Loan Hà Hân Lan Hương Trang Nhung Diễm Thảo Yến Ngân Tuyết".split()


def nfc(s):
    return unicodedata.normalize("NFC", s)


def slug(name):
    """Name without accents, lower case, words joined by "-" ("Đốc Binh Kiều" → "doc-binh-kieu")."""
    s = name.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    out, dash = [], False
    for c in s.lower():
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def proper(name):
    """The proper name of a unit written "Xã Lai Vung" or "Phường Sa Đéc": "Lai Vung"."""
    for kind in ("Xã ", "Phường ", "Đặc khu ", "Thị trấn "):
        if name.startswith(kind):
            return name[len(kind):]
    return name


def vi_int(n):
    """An integer the Vietnamese way: 1245 → "1.245"."""
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ".".join(groups)


def vi_dec(x, decimals=1):
    """A decimal the Vietnamese way: 1234.5 → "1.234,5" (x already rounded as wanted)."""
    whole, frac = ("%.*f" % (decimals, x)).split(".")
    return vi_int(int(whole)) + "," + frac


def count(n):
    """A count as the reports write it: two digits under ten ("08")."""
    return "%02d" % n if n < 10 else vi_int(n)


# ---------------------------------------------------------------- units

def generated_units(n, rng):
    """N units: unique 5-digit codes in increasing order, unique names, groups."""
    if n > 26000:
        raise SystemExit("N: at most 26000 units (5-digit codes)")
    names, slugs, units = set(), set(), []
    for i in range(n):
        while True:
            k = 2 if rng.random() < 0.55 else 3
            parts = rng.sample(SYLLABLES, k)
            base = " ".join(parts)
            if base not in names and slug(base) not in slugs:
                break
        names.add(base)
        slugs.add(slug(base))
        ward = rng.random() < 0.2
        code = "%05d" % (20000 + 3 * i + rng.randint(0, 2))
        units.append({
            "ma": code,
            "ten": ("Phường " if ward else "Xã ") + base,
            "nhom": "phường" if ward else "xã",
        })
    return units


def read_units(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if set(r) != {"ma", "ten", "nhom"}:
            raise SystemExit("%s: the header must be ma,ten,nhom" % path)
        r["ten"] = nfc(r["ten"].strip())
        r["nhom"] = nfc(r["nhom"].strip())
    return rows


def units_csv(units):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ma", "ten", "nhom"])
    for u in units:
        w.writerow([u["ma"], u["ten"], u["nhom"]])
    return out.getvalue()


# ---------------------------------------------------------------- a unit's report

REPORT = Template("""\
# Báo cáo tình hình kinh tế - xã hội quý IV năm 2025 của Ủy ban nhân dân ${ten_thuong}
# (chính quyền địa phương hai cấp: ${loai} báo cáo thẳng lên tỉnh Đồng Tháp).
# Tệp này chứa phần đầu, phần mở đầu, các mục, câu kết, nơi nhận và chữ ký; nội dung từng
# lĩnh vực nằm trong thư mục sectors/, in theo thứ tự tên tệp.
# Các số liệu tỉnh tổng hợp (ho-ngheo, ho-can-ngheo, thu-ngan-sach, so-cong-trinh,
# ty-le-bao-hiem-y-te, dat-chuan-nong-thon-moi) nằm trong figures: của các tệp lĩnh vực,
# đặt đúng tên theo danh mục số liệu của tỉnh.

agency:                                   # cơ quan ban hành
  name:                                   # mỗi phần tử một dòng, chữ in hoa
    - ỦY BAN NHÂN DÂN
    - ${ten_hoa}
  full_name: Ủy ban nhân dân ${ten_thuong}
number: "${so_vb}"                        # số văn bản
symbol: BC-UBND                           # ký hiệu: mã loại văn bản - mã cơ quan
place: ${ten_rieng}                       # địa danh
date: ${ngay}                             # ngày ban hành (hạn nộp của tỉnh: 2026-01-05)
period: ${period}                         # kỳ báo cáo: quý IV năm 2025
doc_type: BÁO CÁO
summary: Tình hình kinh tế - xã hội quý IV năm 2025 và phương hướng, nhiệm vụ quý I năm 2026

addressees:                               # kính gửi
  - Ủy ban nhân dân tỉnh Đồng Tháp
  - Sở Tài chính tỉnh Đồng Tháp

opening:                                  # các đoạn mở đầu
  - "Thực hiện Công văn số 3125/UBND-TH ngày 12 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh
     Đồng Tháp về việc báo cáo tình hình kinh tế - xã hội quý IV năm 2025, Ủy ban nhân dân
     ${ten_thuong} báo cáo kết quả thực hiện (số liệu tính từ ngày [=ky-tu-ngay] đến ngày
     [=ky-den-ngay]) như sau:"

numbering:                                # kiểu đánh số các cấp
  sections: "I."
  sectors: "1."
  models: "a)"
  items: "-"

sections:
  - title: TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ IV NĂM 2025
    body:
      - "Quý IV năm 2025 là quý thứ hai ${ten_thuong} vận hành theo mô hình chính quyền địa
         phương hai cấp. Ủy ban nhân dân ${loai} tập trung chỉ đạo các bộ phận chuyên môn, các
         ${ap} triển khai đồng bộ các nhiệm vụ, giải pháp phát triển kinh tế - xã hội, bảo đảm
         quốc phòng, an ninh trên địa bàn; kết quả trên từng lĩnh vực như sau:"
    include: sectors
  - title: TỒN TẠI, HẠN CHẾ
    body:
      - "Bên cạnh những kết quả đạt được, tình hình kinh tế - xã hội của ${loai} trong quý còn
         một số tồn tại, hạn chế sau:"
    include: difficulties
  - title: PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2026
    body:
      - "Trong quý I năm 2026, Ủy ban nhân dân ${loai} tập trung thực hiện các nhiệm vụ trọng
         tâm sau:"
      - numbered:
          - "Tổ chức cho Nhân dân vui Xuân, đón Tết Nguyên đán Bính Ngọ năm 2026 an toàn, tiết
             kiệm; chăm lo Tết cho hộ nghèo, hộ cận nghèo, gia đình chính sách, không để hộ nào
             không có Tết."
          - "Chuẩn bị chu đáo các điều kiện tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và
             đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn."
          - "Phấn đấu thu ngân sách quý I đạt trên 25% dự toán năm 2026; đẩy nhanh giải ngân
             vốn đầu tư công chuyển tiếp, khởi công các công trình mới theo kế hoạch."
          - "Hoàn thành công tác tuyển chọn và gọi công dân nhập ngũ năm 2026; giữ vững an ninh
             chính trị, trật tự an toàn xã hội, kiềm chế tai nạn giao thông dịp Tết."
      - "Để thực hiện tốt các nhiệm vụ trên, Ủy ban nhân dân ${loai} kiến nghị, đề xuất một số
         nội dung sau:"
    include: proposals

difficulties:                             # khó khăn chung, in trước khó khăn của các lĩnh vực
  - "Năm đầu vận hành chính quyền hai cấp, khối lượng công việc của ${loai} tăng nhiều trong
     khi biên chế công chức còn thiếu so với vị trí việc làm; một số công chức mới được phân
     công nhiệm vụ chưa quen việc, còn lúng túng khi tham mưu giải quyết công việc."
proposals:                                # đề xuất chung, in trước đề xuất của các lĩnh vực
  - "Đề nghị Ủy ban nhân dân tỉnh sớm bổ sung biên chế công chức cho ${loai} theo vị trí việc
     làm đã được phê duyệt, tổ chức bồi dưỡng nghiệp vụ cho công chức làm công tác địa chính,
     tư pháp - hộ tịch và tài chính - kế toán."

closing: "Trên đây là báo cáo tình hình kinh tế - xã hội quý IV năm 2025 và phương hướng, nhiệm
  vụ quý I năm 2026 của Ủy ban nhân dân ${ten_thuong}."

recipients:                               # nơi nhận
  - Như trên
  - TT. Đảng ủy ${loai}
  - TT. HĐND ${loai}
  - CT, các PCT UBND ${loai}
  - "Lưu: VT, VP"

signer:                                   # người ký
  authority:
${authority}
  title: ${chuc_vu}
  name: ${nguoi_ky}
""")

ECONOMY = Template("""\
# Lĩnh vực kinh tế: ngân sách, sản xuất, hội quán, du lịch, đầu tư công, ${ntm_comment}.
# Mỗi đoạn văn là một phần tử danh sách ("- ..."); đoạn dài được ngắt xuống dòng cho dễ
# đọc, khi in các dòng của một đoạn nối lại bằng một dấu cách.
title: "Lĩnh vực kinh tế"
figures:                                  # số liệu có tên, dùng trong văn bản bằng [=ten]
  # tỉnh tổng hợp, giữ đúng tên: thu-ngan-sach, so-cong-trinh${ntm_comment2}
  thu-ngan-sach: {value: ${thu}, decimals: 1, unit: triệu đồng}
  du-toan-thu-ngan-sach: {value: ${du_toan}, decimals: 1, unit: triệu đồng}
  ty-le-thu-ngan-sach: {percent: [thu-ngan-sach, du-toan-thu-ngan-sach]}
  so-cong-trinh: {value: ${so_ct}, pad: true}
${ntm_figure}models:
  - title: Thu, chi ngân sách
    body:
      - "Tổng thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt [=thu-ngan-sach], bằng
         [=ty-le-thu-ngan-sach] dự toán được giao ([=du-toan-thu-ngan-sach]). Trong quý IV, Ủy
         ban nhân dân ${loai} chỉ đạo bộ phận tài chính phối hợp với Thuế cơ sở tăng cường
         quản lý, khai thác các nguồn thu, đôn đốc thu nợ đọng thuế, phí và lệ phí; chi ngân
         sách bảo đảm kịp thời cho hoạt động của bộ máy, các chính sách an sinh xã hội và nhiệm
         vụ quốc phòng, an ninh."
      - "Thực hiện nghiêm chủ trương tiết kiệm chi thường xuyên, cắt giảm các khoản chi hội
         nghị, khánh tiết, đi công tác chưa thật sự cần thiết; rà soát, sắp xếp lại trụ sở,
         tài sản công dôi dư sau sắp xếp đơn vị hành chính theo hướng dẫn của tỉnh."
${production}  - title: Mô hình hội quán gắn với ngành hàng đặc trưng
    body:
      - "Để thúc đẩy liên kết phát triển sản xuất, phát huy lợi thế của từng ${ap}, ${loai}
         tiếp tục duy trì và nhân rộng mô hình hội quán gắn với từng ngành hàng đặc trưng của
         địa phương. Hiện trên địa bàn có ${hoi_quan} hội quán với ${hoi_vien} hội viên, liên
         kết trong sản xuất, kinh doanh, góp phần tăng thêm lợi nhuận, thu nhập cho người sản
         xuất; liên kết trong việc mua và tiêu thụ nông sản sạch đối với các loại trái cây, rau
         màu; liên kết phát triển ngành hàng hoa kiểng có giá trị kinh tế cao. Mặt khác, từ
         những mô hình hội quán này có thể phát triển thành hợp tác xã kiểu mới, thực hiện liên
         kết sản xuất theo chuỗi giá trị đối với sản phẩm chủ lực của địa phương."
      - "Trong quý, ${loai} hỗ trợ ${htx} hợp tác xã xây dựng phương án sản xuất, kinh doanh
         năm 2026; hướng dẫn ${ocop} chủ thể hoàn thiện hồ sơ sản phẩm tham gia Chương trình
         mỗi xã một sản phẩm (OCOP), bảo đảm chất lượng, an toàn thực phẩm và gắn với định
         hướng phát triển dịch vụ, du lịch của địa phương."
  - title: Phát triển du lịch cộng đồng
    body:
      - "Tiếp tục phát triển mô hình sản xuất kết hợp với tham quan, du lịch trải nghiệm,
         homestay (du lịch cộng đồng), vừa phát huy lợi thế sẵn có của địa phương vừa phát
         triển du lịch trở thành ngành kinh tế quan trọng, đồng thời kích hoạt nhiều dịch vụ
         khác phát triển theo. Mô hình được người dân, doanh nghiệp hưởng ứng mạnh mẽ, nhiều cơ
         sở đầu tư cơ sở vật chất, hạ tầng, dịch vụ ăn uống phục vụ du lịch; phát huy nhiều ý
         tưởng sáng tạo thu hút khách tham quan. Đến nay trên địa bàn có ${diem_dl} điểm du lịch
         cộng đồng, trong quý đón khoảng ${khach} lượt khách."
  - title: Đầu tư công, giao thông và trật tự xây dựng
    body:
      - "Kế hoạch vốn đầu tư công năm 2025 do ${loai} quản lý được giao cho [=so-cong-trinh]
         công trình, gồm ${cong_trinh};
         đến ngày 14 tháng 12 năm 2025 đã giải ngân đạt ${giai_ngan}% kế hoạch vốn. Ủy ban
         nhân dân ${loai} thường xuyên kiểm tra hiện trường, đôn đốc nhà thầu đẩy nhanh tiến
         độ, bảo đảm chất lượng công trình và giải ngân hết kế hoạch vốn năm 2025 trong thời
         gian được kéo dài theo quy định."
      - "Công tác quản lý trật tự xây dựng được tăng cường; trong quý cấp ${gpxd} giấy phép
         xây dựng nhà ở riêng lẻ, kiểm tra và lập biên bản ${vpxd} trường hợp xây dựng không
         phép. Vận động Nhân dân hiến đất, cây trái để mở rộng đường giao thông, duy tu ${km}
         km ${duong} bằng nguồn xã hội hóa."
${ntm_model}difficulties:                             # khó khăn của lĩnh vực
  - "Giá một số mặt hàng nông sản biến động, chi phí vật tư đầu vào ở mức cao nên lợi nhuận
     của người sản xuất chưa ổn định; liên kết trong chuỗi giá trị ngành hàng chưa thật sự
     bền vững, các tổ hợp tác, hợp tác xã chưa đủ mạnh để liên kết với doanh nghiệp."
  - "Một số công trình đầu tư công chậm tiến độ do vướng mặt bằng và thời tiết mưa nhiều vào
     đầu quý; nguồn lực đầu tư hạ tầng còn hạn chế so với nhu cầu."
proposals:                                # đề xuất của lĩnh vực
  - "Đề nghị Sở Tài chính sớm hướng dẫn phân cấp nguồn thu, nhiệm vụ chi ngân sách cấp xã năm
     2026, giao dự toán kịp thời để ${loai} chủ động triển khai nhiệm vụ ngay từ đầu năm."
  - "Đề nghị tỉnh có chính sách hỗ trợ đối với các hộ kinh doanh làm du lịch, các cơ sở khởi
     nghiệp, doanh nghiệp thực hiện Chương trình mỗi xã một sản phẩm (OCOP)."
""")

PRODUCTION_RURAL = Template("""\
  - title: Sản xuất nông nghiệp
    body:
      - "Vụ lúa Thu Đông năm 2025 thu hoạch ${lua_td} ha, năng suất bình quân ${ns_td} tấn/ha;
         vụ Đông Xuân 2025 - 2026 đã xuống giống ${lua_dx} ha, đạt tiến độ theo lịch thời vụ
         được khuyến cáo. Diện tích cây ăn trái ${cay_an_trai} ha, chủ yếu là xoài, sầu riêng,
         nhãn, bưởi; diện tích nuôi thủy sản ${thuy_san} ha. Công tác phòng, chống dịch bệnh
         trên cây trồng, vật nuôi được duy trì, không phát sinh ổ dịch bệnh nguy hiểm."
      - "Tiếp tục triển khai Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất
         lượng cao, phát thải thấp; nhân rộng mô hình sản xuất lúa chất lượng cao liên kết
         tiêu thụ với doanh nghiệp, ứng dụng cơ giới hóa trong gieo sạ, bón phân và thu hoạch."
""")

PRODUCTION_URBAN = Template("""\
  - title: Thương mại, dịch vụ và tiểu thủ công nghiệp
    body:
      - "Hoạt động thương mại, dịch vụ trên địa bàn phát triển ổn định, hàng hóa phong phú, đáp
         ứng nhu cầu mua sắm của Nhân dân trong dịp cuối năm. Trong quý cấp mới ${ho_kd} giấy
         chứng nhận đăng ký hộ kinh doanh; các chợ trên địa bàn duy trì mô hình chợ an toàn
         thực phẩm, bố trí điểm thu gom rác và phương tiện phòng cháy, chữa cháy theo quy định."
      - "Các cơ sở tiểu thủ công nghiệp, chế biến thực phẩm chuẩn bị nguồn hàng phục vụ Tết
         Nguyên đán Bính Ngọ năm 2026; ${loai} phối hợp kiểm tra ${co_so_kd} cơ sở sản xuất, kinh
         doanh thực phẩm, nhắc nhở các cơ sở thực hiện đúng quy định về an toàn thực phẩm."
""")

NTM_REACHED = Template("""\
  - title: Xây dựng nông thôn mới
    body:
      - "Địa phương duy trì đạt chuẩn nông thôn mới với [=dat-chuan-nong-thon-moi]/19 tiêu chí;
         trong quý tập trung nâng chất các tiêu chí về thu nhập, môi trường và an ninh trật tự,
         vận động Nhân dân chỉnh trang nhà cửa, hàng rào, cổng ngõ, trồng hoa, cây xanh trên
         ${tuyen} tuyến đường nông thôn, phấn đấu xây dựng ${ap} nông thôn mới kiểu mẫu."
""")

NTM_NOT_YET = Template("""\
  - title: Xây dựng nông thôn mới
    body:
      - "Sau sắp xếp, ${loai} được hình thành từ các đơn vị có mức độ đạt chuẩn nông thôn mới
         khác nhau; Ủy ban nhân dân ${loai} đã rà soát lại từng tiêu chí theo Bộ tiêu chí quốc
         gia về xã nông thôn mới, xây dựng lộ trình phấn đấu đạt chuẩn, ưu tiên các tiêu chí
         về giao thông, thủy lợi, trường học và môi trường; vận động Nhân dân trồng hoa, cây
         xanh trên ${tuyen} tuyến đường nông thôn."
""")

URBAN_MODEL = Template("""\
  - title: Chỉnh trang đô thị, xây dựng văn minh đô thị
    body:
      - "Duy trì mô hình tuyến đường hoa, tuyến đường văn minh đô thị tại ${tuyen} tuyến đường;
         vận động các hộ dân, hộ kinh doanh không lấn chiếm lòng lề đường, giữ gìn vệ sinh, trật
         tự đô thị; phối hợp ngành điện lực sửa chữa hệ thống chiếu sáng công cộng trên các
         tuyến đường chính của ${loai}."
""")

SOCIETY = Template("""\
# Lĩnh vực văn hóa - xã hội, môi trường.
# Mỗi đoạn văn là một phần tử danh sách ("- ..."); đoạn bắt đầu bằng "- " là một gạch đầu
# dòng trong đoạn văn.
title: "Lĩnh vực văn hóa - xã hội, môi trường"
figures:                                  # số liệu có tên, dùng trong văn bản bằng [=ten]
  # tỉnh tổng hợp cả ba số liệu này: giữ đúng tên; tỷ lệ viết với unit "%"
  ho-ngheo: {value: ${ho_ngheo}, unit: hộ}
  ho-can-ngheo: {value: ${ho_can_ngheo}, unit: hộ}
  ty-le-bao-hiem-y-te: {value: ${bhyt}, decimals: 1, unit: "%"}
models:
  - title: Giảm nghèo, an sinh xã hội
    body:
      - "Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025 theo chuẩn nghèo đa chiều giai đoạn
         2022 - 2025 (số liệu sơ bộ): toàn ${loai} còn [=ho-ngheo] nghèo và [=ho-can-ngheo] cận
         nghèo${giam_ngheo};
         100% hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế, được tiếp
         cận các chính sách hỗ trợ về tín dụng, giáo dục, nhà ở theo quy định."
      - "- Tổ chức thăm, tặng ${qua} phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách
         nhân dịp Tết Nguyên đán Bính Ngọ năm 2026 với tổng trị giá ${tri_gia} triệu đồng."
      - "- Vận động Quỹ Vì người nghèo được ${quy} triệu đồng; hỗ trợ xây mới, sửa chữa ${nha}
         căn nhà đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở."
      - "- Chi trả trợ cấp xã hội hằng tháng cho ${bao_tro} đối tượng bảo trợ xã hội qua tài
         khoản ngân hàng, bảo đảm kịp thời, đúng chế độ, đúng đối tượng."
  - title: Y tế, bảo hiểm y tế
    body:
      - "Trạm Y tế ${loai} duy trì tốt công tác khám, chữa bệnh ban đầu, trong quý khám và điều
         trị cho ${luot_kham} lượt người; tiêm chủng mở rộng cho trẻ em dưới một tuổi đạt kế
         hoạch. Tỷ lệ dân số tham gia bảo hiểm y tế đạt [=ty-le-bao-hiem-y-te]; Ủy ban nhân dân
         ${loai} chỉ đạo các ${ap} vận động người dân tham gia bảo hiểm y tế hộ gia đình, nhất là
         hộ làm nông nghiệp có mức sống trung bình."
      - "Công tác phòng, chống dịch bệnh được duy trì, nhất là bệnh sốt xuất huyết, tay chân
         miệng trong mùa mưa; tổ chức ${chien_dich} đợt chiến dịch vệ sinh môi trường, diệt lăng
         quăng tại các ${ap}, kiểm tra an toàn thực phẩm tại các bếp ăn tập thể."
  - title: Giáo dục và đào tạo
    body:
      - "Các trường trên địa bàn hoàn thành chương trình học kỳ I năm học 2025 - 2026 theo kế
         hoạch; duy trì phổ cập giáo dục mầm non cho trẻ em năm tuổi, phổ cập giáo dục tiểu
         học mức độ ba và phổ cập giáo dục trung học cơ sở mức độ hai. Vận động học sinh có
         nguy cơ bỏ học trở lại lớp; trao ${hoc_bong} suất học bổng cho học sinh có hoàn cảnh
         khó khăn."
  - title: Văn hóa, thông tin, thể dục thể thao
    body:
      - "Tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030,
         chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tổ chức Ngày hội Đại đoàn
         kết toàn dân tộc tại ${ngay_hoi} khu dân cư. Phong trào Toàn dân đoàn kết xây dựng đời
         sống văn hóa tiếp tục được duy trì; tổ chức giải bóng đá mini, giải việt dã chào mừng
         năm mới với sự tham gia của ${vdv} vận động viên."
  - title: Hỗ trợ, can thiệp giảm thiểu lao động trẻ em
    body:
      - "Thực hiện việc tiếp cận trẻ em nghỉ học lao động sớm và trẻ em có nguy cơ tham gia lao
         động sớm; qua đó phân loại nhóm trẻ em theo hoàn cảnh để có hình thức hỗ trợ phù hợp
         như tham vấn trực tiếp, vận động và trợ giúp các gia đình cam kết không để trẻ em tham
         gia các hình thức lao động trái quy định của pháp luật, tạo điều kiện cho các em học
         văn hóa, học nghề."
  - title: Thu gom, xử lý rác thải và bảo vệ môi trường
    body:
      - "Triển khai mô hình thu gom rác thải sinh hoạt trên các tuyến đường mà xe rác không đi
         đến được; đến nay đã thực hiện thu gom tại ${ap_rac} ${ap}, rác thải được chuyển đến
         nơi tập kết theo quy định, góp phần hạn chế ô nhiễm môi trường nước, môi trường xung
         quanh nhà ở của các hộ dân. Tuy nhiên, tỷ lệ người dân tham gia chưa cao, vẫn còn tình
         trạng vứt rác bừa bãi xuống kênh, rạch."
      - "Nhân rộng mô hình biến điểm tập kết rác tự phát thành vườn hoa, tuyến đường xanh, sạch,
         đẹp; trong quý xóa ${diem_rac} điểm tập kết rác tự phát, vận động các hộ dân đăng ký
         tham gia giữ gìn vệ sinh ${ngo_xom}."
difficulties:
  - "Nguồn kinh phí triển khai mô hình hỗ trợ, can thiệp giảm thiểu lao động trẻ em còn hạn
     chế nên các hoạt động chủ yếu tập trung vào công tác tuyên truyền, tập huấn; chưa có sự
     hỗ trợ mạnh mẽ cho từng đối tượng khi trẻ đã tham gia lao động."
  - "Một số hộ thoát nghèo chưa bền vững, nguy cơ tái nghèo cao khi gặp thiên tai, dịch bệnh;
     tỷ lệ tham gia bảo hiểm y tế hộ gia đình chưa đạt chỉ tiêu được giao."
proposals:
  - "Đề nghị tỉnh tiếp tục bố trí nguồn vốn hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo năm 2026 và
     hỗ trợ mức đóng bảo hiểm y tế cho hộ làm nông, lâm, ngư nghiệp có mức sống trung bình."
""")

GOVERNMENT = Template("""\
# Lĩnh vực xây dựng chính quyền, cải cách hành chính.
# Mỗi đoạn văn là một phần tử danh sách ("- ..."); đoạn bắt đầu bằng "- " là một gạch đầu
# dòng trong đoạn văn.
title: "Lĩnh vực xây dựng chính quyền, cải cách hành chính"
figures:
  ho-so-tiep-nhan: {value: ${tiep_nhan}, unit: hồ sơ}
  ho-so-dung-han: {value: ${dung_han}, unit: hồ sơ}
  ty-le-dung-han: {percent: [ho-so-dung-han, ho-so-tiep-nhan]}
intro:
  - "Ủy ban nhân dân ${loai} tiếp tục kiện toàn tổ chức bộ máy sau sắp xếp, phân công nhiệm vụ
     cho cán bộ, công chức theo vị trí việc làm; duy trì và nhân rộng nhiều mô hình có hiệu quả
     thiết thực trong công tác cải cách hành chính như:"
models:
  - title: Trung tâm Phục vụ hành chính công
    body:
      - "Trung tâm Phục vụ hành chính công ${loai} hoạt động ổn định, trong quý tiếp nhận
         [=ho-so-tiep-nhan] thủ tục hành chính, đã giải quyết đúng hạn [=ho-so-dung-han], đạt
         [=ty-le-dung-han]; không có hồ sơ giải quyết trễ hẹn phải xin lỗi tổ chức, công dân.
         Tăng cường hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng
         tiền mặt trên Cổng Dịch vụ công quốc gia."
  - title: Mô hình Nụ cười công sở
    body:
      - "Ép nhựa miễn phí các loại giấy tờ như thẻ bảo hiểm y tế cho trẻ em mới sinh, hộ nghèo,
         hộ cận nghèo, đối tượng bảo trợ, người cao tuổi, giấy chứng nhận kết hôn, giấy khai
         sinh. Qua thời gian thực hiện, các cán bộ tiếp dân, tiếp nhận và trả kết quả hồ sơ đã
         thay đổi rõ nét về thái độ phục vụ và chất lượng công việc được nâng cao; hơn hết là
         được sự đồng tình, ủng hộ của người dân địa phương, góp phần xây dựng chính quyền thân
         thiện, phục vụ Nhân dân."
  - title: Mô hình tiếp xúc Nhân dân tại hộ gia đình
    body:
      - "Tiếp xúc với Nhân dân tại hộ gia đình, trao giấy chứng nhận kết hôn, tuyên truyền thủ
         tục hành chính và thông tin cần biết qua mã QR. Hiệu quả từ mô hình:"
      - "- Xây dựng hình ảnh người cán bộ, công chức gần gũi, lịch thiệp với Nhân dân; qua đó
         tuyên truyền các chủ trương, chính sách của Đảng, pháp luật của Nhà nước, lắng nghe ý
         kiến đóng góp của Nhân dân về việc xây dựng chính quyền địa phương và thái độ làm việc
         của cán bộ, công chức."
      - "- Phát huy vai trò gắn kết và là cầu nối của các tổ tự quản trên địa bàn trong việc gặp
         gỡ, trao đổi, vận động các hộ dân trong tổ."
      - "- Xây dựng hình thức tuyên truyền mới nhằm đưa nội dung cải cách hành chính và các
         thông tin cần biết đến với người dân một cách thuận lợi hơn."
      - "- Tăng cường ứng dụng công nghệ thông tin trong cơ quan nhà nước; hỗ trợ công cụ làm
         việc cho cán bộ, tổ trưởng tổ tự quản trong lúc hướng dẫn và tuyên truyền."
      - "- Giúp người dân có được thông tin hướng dẫn chính thống, dễ hiểu về việc thực hiện
         thủ tục hành chính và khuyến khích người dân sử dụng các tiện ích trên điện thoại thông
         minh, nhất là ứng dụng định danh điện tử VNeID."
  - title: Đăng ký hộ tịch lưu động
    body:
      - "Đăng ký hộ tịch lưu động kết hợp làm thẻ bảo hiểm y tế và đăng ký thường trú cho trẻ
         em dưới sáu tuổi nhằm giảm bớt khó khăn trong việc đi lại của người dân, nhất là đối
         với các ${ap} ở xa trung tâm ${loai}. Trong quý tổ chức ${luu_dong} đợt lưu động tại các
         ${ap}. Qua đó tạo điều kiện để cán bộ, công chức gắn kết với cơ sở, địa bàn dân cư, tăng
         cường sự thân thiện và tận tâm phục vụ của chính quyền đối với người dân; nâng cao chất
         lượng hoạt động chuyên môn theo hướng chuyên nghiệp, trách nhiệm, minh bạch, hiệu quả."
after:
  - "Ngoài ra, ${loai} đã triển khai nhiều mô hình khác như hẹn giờ hướng dẫn kê khai, tiếp
     nhận hồ sơ và trả kết quả tại nhà theo yêu cầu của người dân; nhắn tin thông báo, tuyên
     truyền đến hộ gia đình; niêm yết thủ tục hành chính trên trang thông tin điện tử và nhóm
     Zalo của ${loai}. Thời gian tới sẽ triển khai mô hình Công dân không viết gắn với dịch vụ
     công trực tuyến toàn trình trong giải quyết thủ tục hành chính trên địa bàn."
  - "Bên cạnh đó, Ủy ban nhân dân ${loai} tăng cường ứng dụng công nghệ thông tin trong hoạt động
     của cơ quan nhà nước, sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong gửi,
     nhận văn bản điện tử, góp phần thúc đẩy cải cách thủ tục hành chính, nâng cao hiệu quả
     quản lý, điều hành và công tác phối hợp giữa các cơ quan, đơn vị; đáp ứng tốt hơn nhu cầu
     của công dân, tổ chức, tiến đến xây dựng chính quyền số theo chủ trương chung của tỉnh."
difficulties:
  - "Hạ tầng công nghệ thông tin tại Trung tâm Phục vụ hành chính công còn thiếu, một số máy
     tính cấu hình thấp, đường truyền chưa ổn định; một bộ phận người dân, nhất là người cao
     tuổi, còn ngại sử dụng dịch vụ công trực tuyến."
proposals:
  - "Đề nghị tỉnh đầu tư bổ sung trang thiết bị cho Trung tâm Phục vụ hành chính công cấp xã,
     thường xuyên mở các lớp tập huấn kỹ năng số cho cán bộ, công chức."
""")

SECURITY = Template("""\
# Lĩnh vực quốc phòng, an ninh, trật tự an toàn xã hội.
# Mỗi đoạn văn là một phần tử danh sách ("- ..."); công cụ tự đánh chữ cái a), b), …
title: "Lĩnh vực quốc phòng, an ninh, trật tự an toàn xã hội:"
lead: "tình hình an ninh chính trị ổn định, trật tự an toàn xã hội được bảo đảm; tiếp tục duy trì
  các mô hình có hiệu quả như:"
models:
  - body:
      - "Công tác quốc phòng: duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành khám
         tuyển nghĩa vụ quân sự, dự kiến giao ${giao_quan} công dân nhập ngũ năm 2026; tổ chức
         thăm, tặng quà gia đình có con em đang tại ngũ nhân kỷ niệm 81 năm Ngày thành lập Quân
         đội nhân dân Việt Nam."
  - body:
      - "Mô hình nhóm Zalo Công an ${loai} kết nối tổ tự quản: hiện có ${zalo} nhóm với ${tv_zalo}
         thành viên ở ${so_ap} ${ap}. Công an ${loai} soạn ít nhất mỗi tuần ${tin} tin, bài về phòng,
         chống tội phạm, tệ nạn xã hội, an toàn giao thông, ma túy chuyển tải vào các nhóm để
         tuyên truyền."
  - body:
      - "Mô hình điểm liên kết các quán cà phê chiếu phóng sự tuyên truyền phong trào toàn dân
         bảo vệ an ninh Tổ quốc tại ${quan_cf} quán cà phê; các phóng sự do Công an tỉnh cung cấp
         được chuyển đến các chủ quán chiếu mỗi tuần ít nhất hai lần."
  - body:
      - "Mô hình camera an ninh đã lắp đặt ${diem_cam} điểm với ${camera} camera; phân công cán bộ
         trực camera nhằm phát hiện kịp thời các biểu hiện nghi vấn vi phạm pháp luật để có biện
         pháp giải quyết phù hợp."
  - body:
      - "Mô hình gắn biển số điện thoại Công an ${loai} nơi công cộng đã gắn ${bien} biển để
         người dân cung cấp tin báo nhanh chóng, giúp lực lượng Công an giải quyết kịp thời vụ
         việc xảy ra."
  - body:
      - "Mô hình cảm hóa, giáo dục người nghiện ma túy tại cộng đồng: đưa vào danh sách quản lý,
         giáo dục, giúp đỡ ${nghien} người; phân công từng đoàn thể quản lý, giáo dục, giúp đỡ
         người nghiện cai nghiện tại cộng đồng nhằm kéo giảm tình trạng tái nghiện."
  - body:
      - "Mô hình câu lạc bộ người hoàn lương vận động tham gia được ${hoan_luong} thành viên; phân
         công người kèm cặp, giúp đỡ, hỗ trợ thành viên câu lạc bộ vay vốn làm ăn sinh sống,
         không để họ tái phạm tội."
  - body:
      - "Mô hình câu lạc bộ sức sống trẻ hiện có ${clb} câu lạc bộ với ${tv_clb} thành viên; phân
         công đoàn thể giáo dục, giúp đỡ thanh thiếu niên có nguy cơ vi phạm pháp luật trở thành
         người có ích cho xã hội, không bị đối tượng xấu lôi kéo đi vào con đường phạm tội."
  - body:
      - "Mô hình tổ nhân dân tự quản hiện có ${to_tq} tổ với ${tv_tq} thành viên; tuyên truyền chủ
         trương, đường lối, chính sách của Đảng, pháp luật của Nhà nước để Nhân dân nắm bắt và
         thực hiện, góp phần bảo đảm tình hình an ninh trật tự ở địa phương."
  - body:
      - "Mô hình tổ dân phòng bến thủy nội địa có ${ben_thuy} thành viên nhằm bảo đảm an ninh
         trật tự tuyến đường thủy trên địa bàn, tạo điều kiện thuận lợi cho Nhân dân làm ăn sinh
         sống, góp phần phát triển kinh tế - xã hội ở địa phương."
  - body:
      - "Mô hình bảo đảm an ninh trật tự trong trường học do Công an ${loai} phối hợp với các
         trường trên địa bàn thực hiện, góp phần kiềm chế và kéo giảm tình hình học sinh vi phạm
         pháp luật và bị thanh thiếu niên bên ngoài lôi kéo đi vào con đường vi phạm pháp luật."
  - body:
      - "Trạm dừng chân nghĩa tình: dịp Tết Nguyên đán, Công an ${loai} vận động mạnh thường quân
         đóng góp nước uống, khăn lạnh, lập điểm phát cho người dân các nơi về quê ăn Tết."
after:
  - "Qua đó lồng ghép tuyên truyền, phát động phong trào ở các câu lạc bộ, tổ tự quản; trong
     quý quần chúng Nhân dân cung cấp ${nguon_tin} nguồn tin có giá trị, giúp lực lượng Công an
     giải quyết kịp thời các vụ việc. Trên địa bàn xảy ra ${pham_phap} vụ phạm pháp hình sự, đã
     điều tra làm rõ ${lam_ro} vụ; xảy ra ${tai_nan} vụ tai nạn giao thông, ${vu_chay} vụ cháy nhỏ,
     không có thiệt hại về người."
difficulties:
  - "Công tác phối hợp trong triển khai thực hiện mô hình đôi lúc chưa thường xuyên nên các mô
     hình chưa thật sự mạnh. Một bộ phận Nhân dân chưa mạnh dạn tham gia vào mô hình cảm hóa,
     giáo dục, giúp đỡ người lầm lỗi tại cộng đồng, ít tham gia tố giác tội phạm; kinh phí hoạt
     động của các mô hình còn hạn chế nên hiệu quả chưa đạt được như mong muốn."
proposals:
  - "Đề nghị Công an tỉnh thường xuyên mở các lớp tập huấn về công tác xây dựng và thực hiện
     các mô hình; hỗ trợ kinh phí và trang thiết bị phục vụ việc duy trì hoạt động, nhân rộng
     các mô hình bảo đảm an ninh trật tự ở cơ sở."
""")

# Only in a failing unit's 02 file: a paragraph copied from the previous quarter's report,
# whose figure was not copied with it (E-figure-undefined).
FAILING_PARAGRAPH = """\
      - "So với đầu năm, số hộ nghèo giảm [=ho-ngheo-giam], vượt chỉ tiêu giảm nghèo được giao."
"""


def signer(rng):
    if rng.random() < 0.5:
        name = "%s %s %s" % (rng.choice(FAMILY), rng.choice(MIDDLE_M), rng.choice(GIVEN_M))
    else:
        name = "%s %s %s" % (rng.choice(FAMILY), rng.choice(MIDDLE_F), rng.choice(GIVEN_F))
    if rng.random() < 0.6:
        return "    - TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name
    return "    - TM. ỦY BAN NHÂN DÂN\n    - KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", name


def unit_files(unit, index, seed, late, failing):
    """The five files of one unit's data folder, as {relative path: text}."""
    rng = random.Random("%s/%d/%s" % (seed, index, unit["ma"]))
    ten = unit["ten"]
    rieng = proper(ten)
    ward = unit["nhom"] == "phường" or ten.startswith("Phường ")
    loai = "phường" if ward else "xã"
    ap = "khóm" if ward else "ấp"
    so_ap = rng.randint(6, 18)
    authority, chuc_vu, nguoi_ky = signer(rng)
    v = {
        "ten_thuong": "%s %s" % (loai, rieng),
        "ten_hoa": ("%s %s" % (loai, rieng)).upper(),
        "ten_rieng": rieng,
        "loai": loai,
        "ap": ap,
        "so_ap": count(so_ap),
        "so_vb": str(rng.randint(150, 480)),
        "ngay": rng.choice(LATE_DATES if late else ON_TIME_DATES),
        "period": PERIOD,
        "authority": authority,
        "chuc_vu": chuc_vu,
        "nguoi_ky": nguoi_ky,
    }
    # figures the province synthesizes
    thu = rng.randint(30000, 400000) / 10  # triệu đồng, 1 decimal
    du_toan = round(thu / rng.uniform(0.88, 1.12), 1)
    ho_ngheo = rng.randint(40, 480) if not ward else rng.randint(20, 160)
    ho_can_ngheo = int(ho_ngheo * rng.uniform(0.8, 1.9))
    bhyt = rng.randint(880, 975) / 10
    reached = not ward and rng.random() < 0.55
    tiep_nhan = rng.randint(600, 4200)
    v.update({
        "thu": "%.1f" % thu,
        "du_toan": "%.1f" % du_toan,
        "so_ct": str(rng.randint(3, 28)),
        "ho_ngheo": str(ho_ngheo),
        "ho_can_ngheo": str(ho_can_ngheo),
        "bhyt": "%.1f" % bhyt,
        "tiep_nhan": str(tiep_nhan),
        "dung_han": str(tiep_nhan - rng.randint(0, tiep_nhan // 40)),
    })
    # numbers of the prose
    n = lambda a, b: count(rng.randint(a, b))  # noqa: E731
    v.update({
        "hoi_quan": n(2, 9), "hoi_vien": n(60, 320), "htx": n(2, 8), "ocop": n(1, 6),
        "diem_dl": n(2, 14), "khach": vi_int(rng.randint(12, 180) * 100),
        "giai_ngan": vi_dec(rng.randint(620, 960) / 10), "gpxd": n(8, 95), "vpxd": n(1, 9),
        "km": vi_dec(rng.randint(15, 140) / 10), "tuyen": n(3, 16),
        "ns_td": vi_dec(rng.randint(52, 68) / 10), "cay_an_trai": vi_int(rng.randint(150, 3800)),
        "thuy_san": vi_int(rng.randint(20, 600)), "ho_kd": n(12, 140), "co_so_kd": n(10, 60),
        "qua": vi_int(rng.randint(300, 2400)), "tri_gia": vi_int(rng.randint(150, 1400)),
        "quy": vi_int(rng.randint(120, 900)), "nha": n(2, 15), "bao_tro": vi_int(rng.randint(400, 2600)),
        "luot_kham": vi_int(rng.randint(1500, 9800)), "chien_dich": n(2, 4),
        "hoc_bong": n(20, 160), "ngay_hoi": n(so_ap, so_ap), "vdv": n(80, 420),
        "ap_rac": count(rng.randint(max(2, so_ap - 4), so_ap)), "diem_rac": n(2, 12),
        "luu_dong": n(2, 6), "giao_quan": n(12, 45), "zalo": n(so_ap, so_ap + 12),
        "tv_zalo": vi_int(rng.randint(300, 2200)), "tin": n(2, 3), "quan_cf": n(3, 16),
        "diem_cam": n(20, 160), "camera": n(40, 320), "bien": n(30, 180), "nghien": n(5, 60),
        "hoan_luong": n(6, 40), "clb": n(2, 9), "tv_clb": n(25, 140),
        "to_tq": n(30, 160), "tv_tq": vi_int(rng.randint(200, 1600)), "ben_thuy": n(5, 12),
        "nguon_tin": n(8, 40), "pham_phap": n(1, 9), "tai_nan": n(1, 6), "vu_chay": n(1, 3),
    })
    lua_dx = rng.randint(800, 6500)  # ha: the winter-spring crop is the largest
    v["lua_dx"] = vi_int(lua_dx)
    v["lua_td"] = vi_int(int(lua_dx * rng.uniform(0.3, 0.85)))
    pham_phap = int(v["pham_phap"])
    v["lam_ro"] = count(rng.randint(max(1, pham_phap - 2), pham_phap))
    giam = rng.randint(5, 60)
    v["giam_ngheo"] = ", giảm %s hộ nghèo so với đầu năm" % count(giam) if not failing else ""
    v["cong_trinh"] = (
        "đường, hẻm, hệ thống thoát nước, trường học và nhà văn hóa khóm" if ward
        else "đường giao thông, cầu, kênh mương nội đồng, trường học và nhà văn hóa ấp"
    )
    v["duong"] = "đường hẻm" if ward else "đường giao thông nông thôn"
    v["ngo_xom"] = "đường phố, hẻm" if ward else "đường làng, ngõ xóm"
    v["ntm_comment"] = "chỉnh trang đô thị" if ward else "nông thôn mới"
    # only a commune that has reached the standard defines it (the province counts them);
    # no unit: the text prints "19/19 tiêu chí"
    v["ntm_figure"] = "  dat-chuan-nong-thon-moi: {value: 19}\n" if reached else ""
    v["ntm_comment2"] = ", dat-chuan-nong-thon-moi" if reached else ""
    v["production"] = (PRODUCTION_URBAN if ward else PRODUCTION_RURAL).substitute(v)
    v["ntm_model"] = (URBAN_MODEL if ward else NTM_REACHED if reached else NTM_NOT_YET).substitute(v)
    society = SOCIETY.substitute(v)
    if failing:
        marker = "  - title: Y tế, bảo hiểm y tế\n"
        society = society.replace(marker, FAILING_PARAGRAPH + marker, 1)
    return {
        "report.yaml": REPORT.substitute(v),
        "sectors/01-kinh-te.yaml": ECONOMY.substitute(v),
        "sectors/02-van-hoa-xa-hoi-moi-truong.yaml": society,
        "sectors/03-chinh-quyen-cai-cach-hanh-chinh.yaml": GOVERNMENT.substitute(v),
        "sectors/04-quoc-phong-an-ninh.yaml": SECURITY.substitute(v),
    }


# ---------------------------------------------------------------- the province

# The synthesized figures: (name, aggregate, the units' figure, more keys).
AGGREGATES = [
    ("ho-ngheo", "sum", "ho-ngheo", "", "tổng số hộ nghèo của các đơn vị có số liệu"),
    ("xa-co-so-lieu-ho-ngheo", "count", "ho-ngheo", "", "số đơn vị có số liệu hộ nghèo"),
    ("ho-ngheo-nhieu-nhat", "max", "ho-ngheo", "", ""),
    ("ho-ngheo-it-nhat", "min", "ho-ngheo", "", ""),
    ("ho-ngheo-binh-quan", "mean", "ho-ngheo", ", decimals: 1", ""),
    ("ho-can-ngheo", "sum", "ho-can-ngheo", "", ""),
    ("thu-ngan-sach", "sum", "thu-ngan-sach", "", "triệu đồng, 1 chữ số thập phân"),
    ("so-cong-trinh", "sum", "so-cong-trinh", "", ""),
    ("ty-le-bao-hiem-y-te", "mean", "ty-le-bao-hiem-y-te", ", decimals: 1", "bình quân tỷ lệ của các đơn vị"),
    ("ty-le-bhyt-thap-nhat", "min", "ty-le-bao-hiem-y-te", "", ""),
    ("ty-le-xa-dat", "share", "dat-chuan-nong-thon-moi", "", "tỷ lệ % số đơn vị có số liệu này"),
]


def aggregate_lines():
    """The `figures:` entries of the synthesized figures: `{units: sum, of: …}`."""
    lines = []
    for name, how, of, more, note in AGGREGATES:
        value = "{units: %s%s%s}" % (how, "" if of == name else ", of: " + of, more)
        line = "  %s: %s" % (name, value)
        if note:
            line = line.ljust(52) + " # " + note
        lines.append(line + "\n")
    return "".join(lines)


def synthesis_key():
    """report.yaml's `synthesis:` and the synthesized `figures:`."""
    return (
        "\nsynthesis:                                # báo cáo tổng hợp từ báo cáo của các đơn vị cấp xã\n"
        "  units: don-vi.csv                       # danh sách đơn vị: ma,ten,nhom\n"
        '  folders: "%s"       # thư mục dữ liệu kỳ này của từng đơn vị\n'
        "  deadline: %s                    # hạn nộp\n"
        "figures:                                  # số liệu tổng hợp từ các đơn vị\n"
        % (FOLDERS, DEADLINE)
        + aggregate_lines()
    )


PROVINCE_REPORT = Template("""\
# Báo cáo của Ủy ban nhân dân tỉnh tổng hợp từ báo cáo quý IV năm 2025 của ${n} đơn vị hành
# chính cấp xã (don-vi.csv, xa/). Số liệu [=ten] trong văn bản là các số liệu tổng hợp từ
# số liệu của các đơn vị.

agency:
  name:
    - ỦY BAN NHÂN DÂN
    - TỈNH ĐỒNG THÁP
number: "${so_vb}"
symbol: BC-UBND
place: Đồng Tháp
date: 2026-01-12
period: ${period}
doc_type: BÁO CÁO
summary: Tình hình kinh tế - xã hội quý IV năm 2025

opening:
  - "Trên cơ sở báo cáo của ${n} xã, phường trên địa bàn tỉnh, Ủy ban nhân dân tỉnh Đồng Tháp
     báo cáo tình hình kinh tế - xã hội quý IV năm 2025 như sau:"

numbering:
  sections: "I."
  sectors: "1."
  models: "a)"

sections:
  - title: TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ IV NĂM 2025
    include: sectors
  - title: TỒN TẠI, HẠN CHẾ
    include: difficulties
  - title: NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2026
    include: proposals

closing: "Trên đây là báo cáo tình hình kinh tế - xã hội quý IV năm 2025 của Ủy ban nhân dân
  tỉnh Đồng Tháp."

recipients:
  - Văn phòng Chính phủ
  - Bộ Tài chính
  - TT. Tỉnh ủy, TT. HĐND tỉnh
  - CT, các PCT UBND tỉnh
  - Các sở, ban, ngành tỉnh
  - UBND các xã, phường
  - "Lưu: VT, KT"

signer:
  authority:
    - TM. ỦY BAN NHÂN DÂN
    - KT. CHỦ TỊCH
  title: PHÓ CHỦ TỊCH
  name: Nguyễn Phước Thiện
""")

# The province's text quotes the synthesized figures; they print with the unit of the units'
# figure ("2.162 hộ", "317.078,8 triệu đồng", "93,4%"), so the text does not repeat it.
PROVINCE_SECTOR = """\
title: "Tổng hợp từ báo cáo của các xã, phường"
models:
  - title: Ngân sách và đầu tư công
    body:
      - "Theo báo cáo của các xã, phường, tổng thu ngân sách nhà nước trên địa bàn cấp xã năm
         2025 ước đạt [=thu-ngan-sach]; các xã, phường được giao quản lý [=so-cong-trinh] công
         trình đầu tư công năm 2025."
  - title: Giảm nghèo, an sinh xã hội
    body:
      - "Theo kết quả rà soát sơ bộ năm 2025 do [=xa-co-so-lieu-ho-ngheo] xã, phường báo cáo,
         trên địa bàn các đơn vị này còn [=ho-ngheo] nghèo và [=ho-can-ngheo] cận nghèo; bình
         quân mỗi đơn vị còn [=ho-ngheo-binh-quan] nghèo, đơn vị nhiều nhất còn
         [=ho-ngheo-nhieu-nhat] nghèo, đơn vị ít nhất còn [=ho-ngheo-it-nhat]."
      - "Tỷ lệ dân số tham gia bảo hiểm y tế bình quân của các xã, phường đạt
         [=ty-le-bao-hiem-y-te]; đơn vị thấp nhất đạt [=ty-le-bhyt-thap-nhat]."
  - title: Xây dựng nông thôn mới
    body:
      - "Trong số các đơn vị đã gửi báo cáo, tỷ lệ đơn vị duy trì đạt chuẩn nông thôn mới là
         [=ty-le-xa-dat]."
difficulties:
  - "Một số xã, phường gửi báo cáo chậm so với thời hạn hoặc số liệu chưa đúng danh mục."
proposals:
  - "Đề nghị các xã, phường gửi báo cáo đúng hạn, đúng danh mục số liệu của tỉnh."
"""


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path, text):
    """Write a file; a YAML data file inside this repository gets the line that points an
    editor with the YAML language server at the schema (as every data file here has)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    full = os.path.abspath(path)
    kind = {"report.yaml": "report"}.get(os.path.basename(path))
    if os.path.basename(os.path.dirname(path)) == "sectors":
        kind = "sector"
    if kind and os.path.commonpath([full, REPO]) == REPO:
        schema = os.path.relpath(os.path.join(REPO, "schema", kind + ".schema.json"), os.path.dirname(full))
        text = "# yaml-language-server: $schema=%s\n" % schema.replace(os.sep, "/") + text
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Ví dụ: gen-synthesis.py 170 /tmp/tong-hop --missing 3 --failing 2 --late 4",
    )
    ap.add_argument("n", type=int, metavar="N", help="number of units listed in don-vi.csv")
    ap.add_argument("out", metavar="OUT_DIR", help="the synthesis folder to write")
    ap.add_argument("--seed", default="1", metavar="S", help="seed of every drawn value (default 1)")
    ap.add_argument("--missing", type=int, default=0, metavar="K", help="units without a folder")
    ap.add_argument("--failing", type=int, default=0, metavar="K", help="units that fail `report check`")
    ap.add_argument("--late", type=int, default=0, metavar="K", help="units dated after the deadline")
    ap.add_argument("--units", metavar="CSV", help="take the units from this ma,ten,nhom file (N must match)")
    ap.add_argument("--force", action="store_true", help="remove an earlier synthesis folder at OUT_DIR first")
    a = ap.parse_args()

    if a.n < 1:
        ap.error("N must be at least 1")
    if min(a.missing, a.failing, a.late) < 0 or a.missing + a.failing + a.late > a.n:
        ap.error("--missing, --failing and --late must be ≥ 0 and add up to at most N")
    if os.path.exists(a.out) and os.listdir(a.out):
        if a.force and os.path.isfile(os.path.join(a.out, "don-vi.csv")):
            shutil.rmtree(a.out)
        else:
            ap.error("%s is not empty (--force removes an earlier synthesis folder, one with a don-vi.csv)" % a.out)

    rng = random.Random("units/%s/%d" % (a.seed, a.n))
    if a.units:
        units = read_units(a.units)
        if len(units) != a.n:
            ap.error("%s lists %d units, not %d" % (a.units, len(units), a.n))
    else:
        units = generated_units(a.n, rng)
    pick = rng.sample(range(a.n), a.missing + a.failing + a.late)
    missing = set(pick[: a.missing])
    failing = set(pick[a.missing: a.missing + a.failing])
    late = set(pick[a.missing + a.failing:])

    write(os.path.join(a.out, "don-vi.csv"), units_csv(units))
    province = PROVINCE_REPORT.substitute(n=vi_int(a.n), so_vb=str(rng.randint(10, 40)), period=PERIOD)
    province += synthesis_key()
    write(os.path.join(a.out, "report.yaml"), nfc(province))
    write(os.path.join(a.out, "sectors", "01-tong-hop.yaml"), nfc(PROVINCE_SECTOR))
    for i, u in enumerate(units):
        if i in missing:
            continue
        folder = os.path.join(a.out, FOLDERS.format(ma=u["ma"], ten=u["ten"], slug=slug(proper(u["ten"]))))
        for rel, text in unit_files(u, i, a.seed, i in late, i in failing).items():
            write(os.path.join(folder, rel), nfc(text))
    print("%s: %d đơn vị (%d không nộp, %d lỗi, %d nộp muộn)"
          % (a.out, a.n, len(missing), len(failing), len(late)), file=sys.stderr)


if __name__ == "__main__":
    main()
