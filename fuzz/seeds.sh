#!/usr/bin/env bash
# Writes the seed inputs of the fuzz targets into fuzz/corpus/ (not committed):
# load_validate gets the shipped reports and every case of tests/corpus/, each as
# report.yaml, then its sector files, separated by a line "---8<---".
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/corpus/load_validate
mkdir -p "$out" fuzz/corpus/render
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
