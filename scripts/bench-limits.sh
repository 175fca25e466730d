#!/usr/bin/env bash
# Hostile inputs against their budgets (README, "Limits"), whole process: wall time (median
# of RUNS runs) and peak memory (GNU time) of `report check` on
#  a. a workbook of about 1 MB whose sheet inflates to 1 GiB (blank space between rows):
#     refused by the part budget (64 MiB) before calamine opens it;
#  b. a workbook whose sheet has 1,048,576 rows of one cell: refused at row 100,001;
#  c. a workbook with one cell at A1 and one at XFD1048576: refused as 16,384 columns;
#  d. a workbook of 100,000 rows of two cells, named by one table, then by three (the
#     whole sheet and its two halves): read once either way, so three cost about one;
#  e. a sector whose one-line list of 100,000 paragraphs each names an undefined footnote:
#     100,000 diagnostics, written as JSON (`--message-format json`) and as text.
# Each run must exit 1 with the expected code (0 for d): anything else stops the bench.
# REPORT_BIN: the binary (default target/release/report, built by `cargo build --release`).
#   RUNS=3 scripts/bench-limits.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/bench-common.sh
. scripts/bench-common.sh
runs=${RUNS:-3}

python3 - "$work" <<'PY'
import os, sys, zipfile
work = sys.argv[1]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0"?><workbook {NS} xmlns:r="{REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}
SECTOR = """title: "Lĩnh vực thử:"
models:
  - body:
      - Mô hình một.
intro:
  - table:
      columns:
        - {width: 1}
        - {width: 3, decimals: 0}
      header:
        - [Xã, Số hộ]
      rows_from:
        file: bang.xlsx
"""
def folder(name):
    d = os.path.join(work, name)
    os.makedirs(os.path.join(d, "sectors"))
    with open("data/2021-04/report.yaml", encoding="utf-8") as f:
        report = f.read()
    with open(os.path.join(d, "report.yaml"), "w", encoding="utf-8") as f:
        f.write(report)
    return d
def workbook(name, chunks):
    d = folder(name)
    with open(os.path.join(d, "sectors", "01.yaml"), "w", encoding="utf-8") as f:
        f.write(SECTOR)
    with zipfile.ZipFile(os.path.join(d, "bang.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, text in PARTS.items():
            z.writestr(part, text)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as w:
            for chunk in chunks:
                w.write(chunk.encode())
def bomb():
    yield f'<?xml version="1.0"?><worksheet {NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
    blank = " " * (1 << 20)
    for _ in range(1024):
        yield blank
    yield "</sheetData></worksheet>"
def tall():
    yield f'<?xml version="1.0"?><worksheet {NS}><sheetData>'
    # rows and cells without their `r`, in order, as a writer may leave them: 1,048,576
    # rows in a few hundred kilobytes
    for _ in range(256):
        yield '<row><c><v>1</v></c></row>' * 4096
    yield "</sheetData></worksheet>"
def corner():
    yield f'<?xml version="1.0"?><worksheet {NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>'
workbook("bomb", bomb())
workbook("tall", tall())
workbook("corner", corner())
def rows():
    yield f'<?xml version="1.0"?><worksheet {NS}><sheetData>'
    for r in range(1, 100_001):
        yield f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}"><v>{r % 97}</v></c></row>'
    yield "</sheetData></worksheet>"
workbook("one", rows())
workbook("three", rows())
with open(os.path.join(work, "three", "sectors", "01.yaml"), "a", encoding="utf-8") as f:
    for lines in ("A1:B50000", "A50001:B100000"):
        f.write(SECTOR.split("intro:\n", 1)[1] + f"        range: {lines}\n")
d = folder("errors")
items = ", ".join(f'"Đoạn {i} [^x{i}]."' for i in range(100_000))
with open(os.path.join(d, "sectors", "01.yaml"), "w", encoding="utf-8") as f:
    f.write(f'title: "Lĩnh vực thử:"\nmodels:\n  - body: [{items}]\n')
PY

# one line: the case, its input's size, the median wall time of `runs` runs and the peak
# memory of the last; the run must exit 1 and say `code`, or exit 0 when `code` is "ok"
measure() {
  local name=$1 code=$2 size=$3; shift 3
  local times=() i
  for i in $(seq "$runs"); do
    local status=0
    /usr/bin/time -f "%e %M" -o "$work/t" "$report" check "$work/$name" "$@" >"$work/out" 2>&1 || status=$?
    if [ "$code" = ok ]; then
      [ "$status" = 0 ] || { echo "$name: exit $status, expected 0" >&2; head -5 "$work/out" >&2; exit 1; }
    else
      [ "$status" = 1 ] || { echo "$name: exit $status, expected 1" >&2; exit 1; }
      grep -q -- "$code" "$work/out" || { echo "$name: no $code" >&2; head -5 "$work/out" >&2; exit 1; }
    fi
    # (GNU time writes "Command exited with non-zero status 1" first)
    times+=("$(tail -1 "$work/t" | cut -d' ' -f1)")
  done
  local median peak
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  peak=$(tail -1 "$work/t" | cut -d' ' -f2)
  printf '  %-48s %10s %8s s %8s MB\n' "$name $*" "$size" "$median" "$(awk "BEGIN { printf \"%.1f\", $peak / 1024 }")"
}
kb() { echo "$(( $(stat -c %s "$1") / 1024 )) KB"; }

echo "hostile inputs, report check, median of $runs runs and peak memory:"
printf '  %-48s %10s %10s %11s\n' case input time memory
measure bomb E-file-limit "$(kb "$work/bomb/bang.xlsx")"
measure tall E-file-limit "$(kb "$work/tall/bang.xlsx")"
measure corner E-file-limit "$(kb "$work/corner/bang.xlsx")"
measure one ok "$(kb "$work/one/bang.xlsx")"
measure three ok "$(kb "$work/three/bang.xlsx")"
measure errors E-footnote-undefined "$(kb "$work/errors/sectors/01.yaml")" --message-format json
measure errors E-footnote-undefined "$(kb "$work/errors/sectors/01.yaml")"
