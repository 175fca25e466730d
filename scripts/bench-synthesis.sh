#!/usr/bin/env bash
# The province's synthesis at the scales that matter (issue 25): a synthesis of 170 units
# (a province's communes, each of the size of data/2021-04: 5.3 MB of YAML in all) and of
# 3,321 units (every commune of the country: 106 MB), written by scripts/gen-synthesis.py
# (3 units not reported, 2 failing, 4 late). For each, `report check` and `report build
# --format docx,md` of the synthesis (every unit read and checked, on all cores), wall time
# and peak memory, median of RUNS (default 5; 3 for the country).
# Usage: scripts/bench-synthesis.sh [REPORT_BIN=path] [RUNS=n]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench-common.sh
runs=${RUNS:-5}

# median of a column of numbers
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf "%-8s %-28s %10s %10s\n" units command "wall s" "peak MB"
for n in 170 3321; do
  dir=$work/synthesis-$n
  python3 scripts/gen-synthesis.py "$n" "$dir" --missing 3 --failing 2 --late 4 2>/dev/null
  r=$runs; [ "$n" -gt 1000 ] && r=$(( runs < 3 ? runs : 3 ))
  for cmd in check build; do
    times=(); mems=()
    for _ in $(seq "$r"); do
      rm -rf "$work/out"
      if [ "$cmd" = check ]; then
        args=(check "$dir")
      else
        args=(build "$dir" --format docx,md --out "$work/out")
      fi
      /usr/bin/time -f '%e %M' -o "$work/time" "$report" "${args[@]}" >/dev/null 2>&1 || true
      read -r t m <"$work/time"
      times+=("$t"); mems+=("$m")
    done
    t=$(printf '%s\n' "${times[@]}" | median)
    m=$(printf '%s\n' "${mems[@]}" | median)
    printf "%-8s %-28s %10s %10s\n" "$n" "$cmd" "$t" "$(awk -v m="$m" 'BEGIN {printf "%.1f", m / 1024}')"
  done
done
