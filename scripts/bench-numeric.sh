#!/usr/bin/env bash
# 5. Numbers at scale, whole process (scripts/bench.sh runs it last; it runs alone too):
#  a. `report check` and `report build` (into an empty folder) of synthetic data folders of
#     10,000, 20,000 and 40,000 named figures, each defined in a sector file's `figures:`
#     and quoted once in body text with `[=name]`, two in five computed with
#     `{sum: [a, b]}` (one sum of the other): wall time (median of interleaved runs), peak
#     memory (GNU time), and both per figure, beyond a folder of 10 figures of the same
#     kind; the ratio of the time per figure at 40,000 to that at 10,000 says whether the
#     cost is linear (1.0) or grows faster (on a machine shared with builds it wanders by
#     ±0.15 from one invocation to the next; the memory, by a few bytes);
#  b. the same of a data folder whose one table takes 10,000, 50,000 and 100,000 rows of 4
#     cells (text, and numbers at 0, 1 and 2 decimals) from a CSV file through `rows_from`,
#     with a total row and three `total_figure`s quoted in text; memory per row is
#     (peak of the folder − peak of the same folder with 10 rows) / (rows − 10).
# The folders are written by scripts/gen-bench-data.py (report.yaml of data/2021-04 and
# generated sectors and CSV) and checked first: an error stops the bench.
# REPORT_BIN: the binary to measure (bench.sh passes the one it builds; alone, the default
# is target/release/report, built by `cargo build --release`). RUNS: timed runs of each
# command (default 5; each command also runs once before, to warm the page cache).
#   REPORT_BIN=/path/to/report scripts/bench-numeric.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/bench-common.sh
. scripts/bench-common.sh
runs=${RUNS:-5}

figure_sizes=(10 10000 20000 40000)
row_sizes=(10 10000 50000 100000)
python3 scripts/gen-bench-data.py --base data/2021-04/report.yaml "$work/data" \
  --figures "${figure_sizes[@]}" --rows "${row_sizes[@]}" >/dev/null
# what is measured must be a valid report: an error stops here (warnings do not: the
# base report.yaml has one of its own, W-capitalisation of "Tỉnh")
for d in "$work"/data/*; do
  "$report" check "$d" >"$work/check.txt" 2>&1 || { cat "$work/check.txt" >&2; exit 1; }
done

# median wall times in ms of commands, runs interleaved (round k runs every command
# once), each started with posix_spawn, its output to /dev/null (as bench.sh's
# py_medians). A build's --out folder is removed before each of its runs, untimed, so that
# every build writes both outputs into an empty folder. A run that fails stops the bench.
medians() {
  python3 - "$@" <<'PY'
import os, shlex, shutil, statistics, sys, time
runs = int(sys.argv[1])
cmds = [shlex.split(c) for c in sys.argv[2:]]
null = os.open(os.devnull, os.O_WRONLY)
actions = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)]
def run(c):
    if "--out" in c:
        shutil.rmtree(c[c.index("--out") + 1], ignore_errors=True)
    t = time.perf_counter()
    _, status = os.waitpid(os.posix_spawn(c[0], c, os.environ, file_actions=actions), 0)
    ms = (time.perf_counter() - t) * 1000
    if status:
        sys.exit("failed (status %d): %s" % (status, shlex.join(c)))
    return ms
for c in cmds:  # warm-up
    run(c)
times = [[] for _ in cmds]
for _ in range(runs):
    for i, c in enumerate(cmds):
        times[i].append(run(c))
print(" ".join("%.1f" % statistics.median(t) for t in times))
PY
}
# peak resident memory in KB of a command: the median of 3 runs (a build into an empty
# folder, like the timed ones)
peak_kb() {
  local out="" prev="" a
  for a in "$@"; do [ "$prev" = --out ] && out=$a; prev=$a; done
  for _ in 1 2 3; do
    [ -n "$out" ] && rm -rf "$out"
    /usr/bin/time -f "%M" -o "$work/t" "$@" >/dev/null 2>&1
    cat "$work/t"
  done | sort -n | sed -n 2p
}
# the table of one measurement: UNIT, the sizes, then for each size the check's and the
# build's ms and peak KB; per unit is beyond the smallest size; then the ratio of the
# time per unit at the largest size to that at the second
table() {
  python3 - "$@" <<'PY'
import sys
unit, vals = sys.argv[1], sys.argv[2:]
one = unit[:-1]
n = len(vals) // 5
rows = [(int(vals[i]), *map(float, vals[n + 4 * i:n + 4 * i + 4])) for i in range(n)]
heads = [unit, "check ms", "build ms", "check MB", "build MB",
         "check µs/" + one, "build µs/" + one, "check B/" + one, "build B/" + one]
w = [max(len(h), 8) for h in heads]
line = lambda cells: print("  " + " ".join(str(c).rjust(k) for c, k in zip(cells, w)))
line(heads)
b, per = rows[0], {}
for n, cm, bm, ck, bk in rows:
    cells = [n, "%.1f" % cm, "%.1f" % bm, "%.1f" % (ck / 1024), "%.1f" % (bk / 1024)]
    if n != b[0]:
        d = n - b[0]
        per[n] = ((cm - b[1]) * 1000 / d, (bm - b[2]) * 1000 / d)
        cells += ["%.2f" % per[n][0], "%.2f" % per[n][1], "%.0f" % ((ck - b[3]) * 1024 / d), "%.0f" % ((bk - b[4]) * 1024 / d)]
    line(cells)
hi, lo = rows[-1][0], rows[1][0]
print("  time per %s at %d ÷ at %d: check %.2f, build %.2f (1.00: linear)" % (
    one, hi, lo, per[hi][0] / per[lo][0], per[hi][1] / per[lo][1]))
PY
}

measure() {
  local kind=$1; shift
  local ms vals=("$@") cmds=() n i=0
  for n in "$@"; do
    cmds+=("$report check $work/data/$kind-$n" "$report build $work/data/$kind-$n --out $work/out-$kind-$n")
  done
  read -r -a ms < <(medians "$runs" "${cmds[@]}")
  for n in "$@"; do
    vals+=("${ms[$((2 * i))]}" "${ms[$((2 * i + 1))]}"
      "$(peak_kb "$report" check "$work/data/$kind-$n")"
      "$(peak_kb "$report" build "$work/data/$kind-$n" --out "$work/out-$kind-$n")")
    i=$((i + 1))
  done
  table "$kind" "${vals[@]}"
}

echo "named figures, report check and report build (into an empty folder), whole process, median"
echo "of $runs interleaved runs, peak memory; per figure: (value − value at 10) ÷ (figures − 10):"
measure figures "${figure_sizes[@]}"
echo
csv_kb=$(du -k "$work/data/rows-100000/tables/so-lieu.csv" | cut -f1)
echo "one table of rows from a CSV file (rows_from; 100,000 rows: ${csv_kb} KB), the same;"
echo "per row: (value − value at 10 rows) ÷ (rows − 10):"
measure rows "${row_sizes[@]}"
