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
ls "$out" | wc -l
