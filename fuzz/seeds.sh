#!/usr/bin/env bash
# Writes the seed inputs of the fuzz targets into fuzz/corpus/ (not committed):
# load_validate gets the shipped reports and every case of tests/corpus/, each as
# report.yaml, then its sector files, separated by a line "---8<---"; tables gets every
# CSV and XLSX file they hold, after a byte that names the reader (0 CSV, 1 XLSX).
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/corpus/load_validate
mkdir -p "$out" fuzz/corpus/render fuzz/corpus/tables
find data examples tests/corpus \( -name '*.csv' -o -name '*.xlsx' \) -print0 |
  while IFS= read -r -d '' file; do
    case $file in *.csv) kind='\x00' ;; *) kind='\x01' ;; esac
    { printf "$kind"; cat "$file"; } > "fuzz/corpus/tables/$(echo "$file" | tr / _)"
  done
for dir in data/* examples/*/ tests/corpus/*/; do
  [ -f "$dir/report.yaml" ] || continue
  name=$(basename "$dir")
  {
    cat "$dir/report.yaml"
    for sector in "$dir"/sectors/*; do
      [ -f "$sector" ] || continue
      printf '\n---8<---\n'
      cat "$sector"
    done
  } > "$out/$name"
done
# Crafted workbooks, each aimed at one budget of load::budgets or one reader path: a cell
# at the last column and row, a declared dimension of the whole sheet, counts of shared
# strings and shared formulas past their budgets, a part that inflates to 70 MiB, a part
# whose declared size lies, a part stored uncompressed, date serials out of range,
# control characters and inline strings.
python3 - <<'PY'
import io, zipfile
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
def book(sheet, strings=None, method=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', method) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr('_rels/.rels', f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr('xl/workbook.xml', f'<?xml version="1.0"?><workbook {NS} xmlns:r="{REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        shared = f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>' if strings else ''
        z.writestr('xl/_rels/workbook.xml.rels', f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>')
        z.writestr('xl/worksheets/sheet1.xml', f'<?xml version="1.0"?><worksheet {NS}>{sheet}</worksheet>')
        if strings:
            z.writestr('xl/sharedStrings.xml', f'<?xml version="1.0"?><sst {NS} {strings}</sst>')
    return out.getvalue()
def rows(*cells):
    return '<sheetData><row r="1">' + ''.join(cells) + '</row></sheetData>'
seeds = {
    'last-cell': book(rows('<c r="A1"><v>1</v></c><c r="XFD1048576"><v>2</v></c>')),
    'dimension': book('<dimension ref="A1:XFD1048576"/>' + rows('<c r="A1"><v>1</v></c>')),
    'strings': book(rows('<c r="A1" t="s"><v>0</v></c>'), 'count="1" uniqueCount="4294967295"><si><t>Xã</t></si>'),
    'formulas': book(rows('<c r="A1"><v>1</v></c><c r="B1"><f t="shared" si="4000000000" ref="B1:B2">A1</f><v>1</v></c>')),
    'bomb': book(rows('<c r="A1"><v>1</v></c>') + ' ' * (70 << 20)),
    'stored': book(rows('<c r="A1" t="inlineStr"><is><t>Hòa Bình</t></is></c><c r="B1"><v>3</v></c>'), method=zipfile.ZIP_STORED),
    'dates': book('<sheetData><row r="1"><c r="A1" s="1"><v>1e300</v></c><c r="B1"><v>-1e300</v></c></row></sheetData>'),
    'control': book(rows('<c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c>'), 'count="1" uniqueCount="1"><si><t>\x1b]0;x\x07 \u0085</t></si>'),
}
lying = bytearray(seeds['stored'])
at = lying.find(b'PK\x01\x02')
while at >= 0:
    lying[at + 24:at + 28] = (1).to_bytes(4, 'little')  # uncompressed size in the directory
    at = lying.find(b'PK\x01\x02', at + 4)
seeds['lying-size'] = bytes(lying)
for name, data in seeds.items():
    open(f'fuzz/corpus/tables/crafted-{name}', 'wb').write(b'\x01' + data)
PY
ls "$out" | wc -l
