#!/usr/bin/env bash
# Benchmarks of the whole process, as a clerk or CI meets it (not a test: it prints
# figures and asserts nothing). Every time is the median of runs interleaved with the
# runs it is compared with, in the same invocation, so that the load of a shared machine
# weighs on both sides alike:
#  1. `report build` and `report check` of data/2021-04 beside pandoc turning the same
#     report (our Markdown) into DOCX: the ratios, and peak memory; a build of changed
#     data (both outputs written) and of unchanged data (nothing written), for the
#     binary as cargo builds it and the same linked statically;
#  2. the stages of the pipeline in one process (cargo bench --bench pipeline --stages);
#  3. a scaling table: synthetic reports of 10 to 50,000 models, time and peak memory,
#     each build into an empty folder;
#  4. one `report build` of 100 data folders beside 100 builds of one folder each (and
#     beside the binary REPORT_BASELINE, when set, on the same 100 folders), the data
#     changed between builds so that every build writes;
#  5. numbers at scale (scripts/bench-numeric.sh, which also runs alone): check and build
#     of 10,000 to 40,000 named figures and of a table of 10,000 to 100,000 CSV rows, time
#     and peak memory per figure and per row, and whether they stay the same as it grows;
#  6. hostile inputs against their budgets (scripts/bench-limits.sh, which also runs
#     alone): an XLSX that inflates to 1 GiB, a sheet of 1,048,576 rows, a cell at
#     XFD1048576, 100,000 diagnostics in JSON and in text.
# Installs what it needs from Debian (pandoc, hyperfine, GNU time) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pandoc >/dev/null || need+=(pandoc)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the binary as `cargo install` would copy it (a binary fresh from the linker starts
# about 1.5 ms later here, measured), dynamically linked as cargo builds it by default,
# and the same statically linked (glibc's static libc; host tools are not affected with
# an explicit --target)
cargo build --release --quiet
install -m 755 target/release/report "$work/report"
report=$work/report
scripts/dist.sh >/dev/null
install -m 755 dist/report "$work/report-static"
static=$work/report-static
cargo bench --quiet --bench pipeline -- --write "$work/synth" >/dev/null

# median wall times in ms of several commands, runs interleaved (hyperfine runs each
# command's runs in a row; here round k runs every command once): RUNS then commands.
# Each is started with posix_spawn and waited for, its output to /dev/null: Python's
# subprocess added ~1 ms to every run here (a hello-world took 1.9 ms that way, 0.95 ms
# this way, statically linked), a cost that is the harness's and not the tool's.
py_medians() {
  python3 - "$@" <<'PY'
import os, shlex, shutil, statistics, sys, time
runs = int(sys.argv[1])
# a loop needs a shell; a single command runs without one (a shell would add its start)
cmds = [["/bin/sh", "-c", c] if c.startswith("for ") else shlex.split(c) for c in sys.argv[2:]]
paths = [shutil.which(c[0]) or c[0] for c in cmds]
null = os.open(os.devnull, os.O_WRONLY)
actions = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)]
def run(i):
    os.waitpid(os.posix_spawn(paths[i], cmds[i], os.environ, file_actions=actions), 0)
for i in range(len(cmds)):  # warm-up
    for _ in range(2): run(i)
times = [[] for _ in cmds]
for _ in range(runs):
    for i in range(len(cmds)):
        t = time.perf_counter(); run(i)
        times[i].append((time.perf_counter() - t) * 1000)
print(" ".join("%.2f" % statistics.median(t) for t in times))
PY
}
# median wall time in ms of one command, without a shell between (hyperfine)
median_ms() {
  local runs=$1 prepare=$2; shift 2
  hyperfine -N --style none --warmup 2 --runs "$runs" --prepare "$prepare" \
    --export-json "$work/h.json" "$@" >/dev/null 2>&1
  python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/h.json"
}
# peak resident memory in MB of one run
peak_mb() {
  /usr/bin/time -f "%M" -o "$work/t" sh -c "$* >/dev/null 2>&1"
  awk '{printf "%.1f", $1/1024}' "$work/t"
}
ratio() { python3 -c 'import sys; a,b=map(float,sys.argv[1:]); print("%.1f" % (a/b))' "$1" "$2"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); $(date -u +%Y-%m-%d)"
echo "report $("$report" --version | awk '{print $2}'), $(pandoc --version | head -n1)"
echo

"$report" build data/2021-04 --out "$work/ref" >/dev/null 2>&1
# the data changed between two builds (a clerk's edit, a CI run on a new commit): two
# copies of data/2021-04 that differ by a word, built in turn into one folder, so that
# every build writes both outputs; and unchanged data, whose outputs are left as they
# are (src/outputs.rs)
for v in a b; do mkdir -p "$work/$v"; cp -r data/2021-04 "$work/$v/"; done
sed -i 's/Mô hình Hội quán/Mô hình Hội quán mới/' "$work/b/2021-04/sectors/01-kinh-te.yaml"
cmds=()
for bin in "$report" "$static"; do
  cmds+=("$bin build $work/a/2021-04 --out $work/ab" "$bin build $work/b/2021-04 --out $work/ab"
    "$bin build data/2021-04 --out $work/r" "$bin check data/2021-04")
done
cmds+=("pandoc $work/ref/2021-04.md -o $work/p.docx")
read -r -a ms < <(py_medians 41 "${cmds[@]}")
mean2() { python3 -c 'import sys; print("%.2f" % ((float(sys.argv[1])+float(sys.argv[2]))/2))' "$1" "$2"; }
share() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[1])/float(sys.argv[2])))' "$1" "$2"; }
p_ms=${ms[8]}
echo "data/2021-04, whole process, median of 41 interleaved runs:"
for k in 0 1; do
  bin=${cmds[$((4 * k + 2))]%% *}
  [ "$k" = 1 ] && echo "  the same, linked statically (scripts/dist.sh):"
  changed=$(mean2 "${ms[$((4 * k))]}" "${ms[$((4 * k + 1))]}")
  same=${ms[$((4 * k + 2))]}
  check=${ms[$((4 * k + 3))]}
  printf "  %-52s %9s ms %8s MB\n" "report build, changed data (writes both outputs)" "$changed" "$(peak_mb "$bin build $work/a/2021-04 --out $work/ab2")"
  printf "  %-52s %9s ms\n" "report build, unchanged data (writes nothing)" "$same"
  printf "  %-52s %9s ms %8s MB\n" "report check" "$check" "$(peak_mb "$bin check data/2021-04")"
  eval "changed_$k=$changed same_$k=$same check_$k=$check"
done
printf "  %-52s %9s ms %8s MB\n" "pandoc, the same report as Markdown → DOCX" "$p_ms" "$(peak_mb "pandoc $work/ref/2021-04.md -o $work/p.docx")"
echo "  report build is $(ratio "$p_ms" "$changed_0")× faster than pandoc, $(ratio "$p_ms" "$same_0")× on unchanged data"
echo "    (linked statically: $(ratio "$p_ms" "$changed_1")×, $(ratio "$p_ms" "$same_1")×)"
echo "  check takes $(share "$check_0" "$changed_0") of a build of changed data, $(share "$check_0" "$same_0") of unchanged"
echo "    (linked statically: $(share "$check_1" "$changed_1"), $(share "$check_1" "$same_1"))"
echo

echo "stages in one process, median ms (cargo bench --bench pipeline -- --stages):"
cargo bench --quiet --bench pipeline -- --stages "$PWD/data/2021-04" "$work/synth/models-10000" |
  sed -e "s|$PWD/||" -e "s|$work/synth/||" -e 's/^/  /'
echo

echo "scaling: report build (DOCX + Markdown) into an empty folder, whole process, median:"
printf "  %8s %12s %16s %10s %10s\n" models "wall ms" "µs per model" "peak MB" "input KB"
for n in 10 100 1000 10000 50000; do
  dir=$work/synth/models-$n
  runs=21; [ "$n" -ge 10000 ] && runs=5
  # into an empty folder each time (as a CI job on a fresh checkout): both outputs written
  ms=$(median_ms "$runs" "rm -rf $work/s" "$report build $dir --out $work/s")
  rm -rf "$work/s"
  mb=$(peak_mb "$report build $dir --out $work/s")
  kb=$(du -sk "$dir" | cut -f1)
  python3 -c 'import sys; n,ms,mb,kb=sys.argv[1:]; print("  %8s %12s %16.1f %10s %10s" % (n, ms, float(ms)*1000/int(n), mb, kb))' "$n" "$ms" "$mb" "$kb"
done
echo

# two sets of the same 100 folder names, told apart by a word, built in turn into one
# output folder per command: every build writes all its outputs, as after an edit
for v in a b; do
  mkdir -p "$work/many-$v"
  for i in $(seq -w 1 100); do cp -r "$work/$v/2021-04" "$work/many-$v/bc-$i"; done
done
cmds=()
for v in a b; do
  folders=$(echo "$work"/many-$v/bc-*)
  cmds+=("$report build $folders --out $work/m1")
  cmds+=("for d in $folders; do $report build \$d --out $work/m2; done")
  [ -n "${REPORT_BASELINE:-}" ] && cmds+=("$REPORT_BASELINE build $folders --out $work/m3")
done
read -r -a many < <(py_medians 7 "${cmds[@]}")
n=$((${#many[@]} / 2))
one=$(mean2 "${many[0]}" "${many[$n]}")
each=$(mean2 "${many[1]}" "${many[$((n + 1))]}")
echo "100 data folders (copies of data/2021-04, changed between builds), median of 7 interleaved runs:"
printf "  %-44s %9s ms\n" "one report build of all 100" "$one" "100 builds of one folder each" "$each"
echo "  one build of 100 takes $(share "$one" "$each")× the time of 100 builds"
if [ -n "${REPORT_BASELINE:-}" ]; then
  base=$(mean2 "${many[2]}" "${many[$((n + 2))]}")
  printf "  %-44s %9s ms\n" "the same with $REPORT_BASELINE" "$base"
  echo "  $(ratio "$base" "$one")× faster than the baseline"
fi
echo

TMPDIR=$work REPORT_BIN=$report scripts/bench-numeric.sh
echo
TMPDIR=$work REPORT_BIN=$report scripts/bench-limits.sh
