#!/usr/bin/env python3
"""Synthetic data folders for scripts/bench-numeric.sh (standard library only).

    gen-bench-data.py --base data/2021-04/report.yaml OUT --figures 10 10000 --rows 10 100000

writes OUT/figures-N for each --figures N and OUT/rows-N for each --rows N, each with a copy
of the base report.yaml (a valid report: its sections include sectors, difficulties and
proposals) and:

- figures-N: N named figures (N a multiple of 10) in sector files of at most 1,000 each,
  every one defined in the file's `figures:` map and referred to exactly once, with
  `[=name]`, from a model's body text. Of each five figures, three are values (an integer,
  one with a decimal and one with two, in triệu đồng) and two are computed with
  `{sum: [a, b]}`, the second from the first (a chain of two), so that the computation of
  figures from figures is exercised as well as their lookup and printing.
- rows-N: one sector whose single table takes N rows of 4 cells from tables/so-lieu.csv
  through `rows_from`: text; a count, `decimals: 0`; an area written with 2 decimals and
  printed with `decimals: 1`; an output written with 4 and printed with `decimals: 2` (a
  CSV number with one dot and three digits after it would be read the Vietnamese way, as
  thousands). A total row over the three number columns, and a `total_figure` on each,
  quoted in the intro's text. 100,000 rows make a CSV of about 3 MB (the limit is 4 MiB).

Deterministic: the same arguments write the same bytes.
"""

import argparse
import os
import random
import shutil

FIGURES_PER_FILE = 1000
FIGURES_PER_MODEL = 10  # two paragraphs of five figures each

SECTOR_HEADER = "# yaml-language-server: $schema=../../schema/sector.schema.json\n"

# a difficulty and a proposal, so that the sections of the base report that include them are
# not empty
TAIL = (
    "difficulties:\n"
    "  - Nguồn thu chưa ổn định, một số khoản thu đạt thấp so với dự toán được giao.\n"
    "proposals:\n"
    "  - Đề nghị cấp trên quan tâm hỗ trợ kinh phí để địa phương hoàn thành nhiệm vụ.\n"
)


def names(file_no, group):
    p = "s%03d-%03d" % (file_no, group)
    return [p + "-thue", p + "-phi", p + "-khac", p + "-cong", p + "-tong"]


def figures_file(file_no, count, rng):
    """A sector file with `count` figures (a multiple of 10) and the models that quote them."""
    defs, models = [], []
    for m in range(count // FIGURES_PER_MODEL):
        paragraphs = []
        for half in range(2):
            group = 2 * m + half
            thue, phi, khac, cong, tong = names(file_no, group)
            defs.append("  %s: {value: %d, unit: triệu đồng}" % (thue, rng.randint(100, 99999)))
            defs.append("  %s: {value: %d.%d, unit: triệu đồng}" % (phi, rng.randint(10, 9999), rng.randint(0, 9)))
            defs.append("  %s: {value: %d.%02d, unit: triệu đồng}" % (khac, rng.randint(1, 999), rng.randint(0, 99)))
            defs.append("  %s: {sum: [%s, %s], unit: triệu đồng}" % (cong, thue, phi))
            defs.append("  %s: {sum: [%s, %s], unit: triệu đồng}" % (tong, cong, khac))
            paragraphs.append(
                "Thu thuế của đơn vị đạt [=%s], thu phí và lệ phí đạt [=%s], cộng hai khoản là [=%s];"
                " thu khác đạt [=%s], nâng tổng thu của đơn vị lên [=%s], góp phần hoàn thành"
                " nhiệm vụ thu ngân sách được giao." % (thue, phi, cong, khac, tong)
            )
        # every other model has a title line, as in the reference report
        title = "    title: Kết quả thu ngân sách của đơn vị\n" if m % 2 == 0 else ""
        body = "".join('      - "%s"\n' % p for p in paragraphs)
        models.append("  -" + (title[3:] if title else "") + ("    body:\n" if title else " body:\n") + body)
    return (
        SECTOR_HEADER
        + 'title: "Lĩnh vực thứ %d:"\n' % file_no
        + "figures:\n"
        + "\n".join(defs)
        + "\nmodels:\n"
        + "".join(models)
        + (TAIL if file_no == 1 else "")
    )


def write_figures(root, base, n):
    if n <= 0 or n % FIGURES_PER_MODEL:
        raise SystemExit("figures: %d is not a positive multiple of %d" % (n, FIGURES_PER_MODEL))
    d = os.path.join(root, "figures-%d" % n)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "sectors"))
    shutil.copyfile(base, os.path.join(d, "report.yaml"))
    rng = random.Random(n)
    file_no, left = 1, n
    while left:
        count = min(left, FIGURES_PER_FILE)
        with open(os.path.join(d, "sectors", "%03d-so-lieu.yaml" % file_no), "w", encoding="utf-8") as f:
            f.write(figures_file(file_no, count, rng))
        file_no, left = file_no + 1, left - count
    return d


ROWS_SECTOR = (
    SECTOR_HEADER
    + """title: "Kết quả sản xuất theo tổ sản xuất:"
intro:
  - "Toàn địa bàn có [=tong-so-ho] hộ tham gia các tổ sản xuất, tổng diện tích gieo trồng đạt
     [=tong-dien-tich] ha, sản lượng thu hoạch đạt [=tong-san-luong] tấn; kết quả từng tổ như sau:"
  - table:
      title: Kết quả sản xuất theo tổ sản xuất
      unit: "Đơn vị tính: hộ, ha, tấn"
      columns:
        - {width: 4}
        - {width: 2, decimals: 0, total_figure: tong-so-ho}
        - {width: 2, decimals: 1, total_figure: tong-dien-tich}
        - {width: 2, decimals: 2, total_figure: tong-san-luong}
      header:
        - [Tổ sản xuất, Số hộ, Diện tích, Sản lượng]
      rows_from:
        file: tables/so-lieu.csv
        skip: 1
      total:
        label: Tổng cộng
        columns: [2, 3, 4]
"""
    + TAIL
)


def write_rows(root, base, n):
    d = os.path.join(root, "rows-%d" % n)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "sectors"))
    os.makedirs(os.path.join(d, "tables"))
    shutil.copyfile(base, os.path.join(d, "report.yaml"))
    with open(os.path.join(d, "sectors", "01-san-xuat.yaml"), "w", encoding="utf-8") as f:
        f.write(ROWS_SECTOR)
    rng = random.Random(n)
    lines = ["Tổ sản xuất,Số hộ,Diện tích (ha),Sản lượng (tấn)"]
    for i in range(1, n + 1):
        lines.append(
            "Tổ %d,%d,%d.%02d,%d.%04d"
            % (i, rng.randint(5, 120), rng.randint(1, 300), rng.randint(0, 99), rng.randint(5, 2000), rng.randint(0, 9999))
        )
    with open(os.path.join(d, "tables", "so-lieu.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")  # as Excel writes a CSV
    return d


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="folder to write the data folders into")
    ap.add_argument("--base", required=True, help="report.yaml to copy into every folder")
    ap.add_argument("--figures", type=int, nargs="*", default=[], metavar="N")
    ap.add_argument("--rows", type=int, nargs="*", default=[], metavar="N")
    a = ap.parse_args()
    for n in a.figures:
        print(write_figures(a.out, a.base, n))
    for n in a.rows:
        print(write_rows(a.out, a.base, n))


if __name__ == "__main__":
    main()
