#!/usr/bin/env bash
# Benchmarks of the whole process, as a clerk or CI meets it (not a test: it prints
# figures and asserts nothing). Every time is the median of runs interleaved with the
# runs it is compared with, in the same invocation, so that the load of a shared machine
# weighs on both sides alike:
#  1. `report build` and `report check` of data/2021-04 beside pandoc turning the same
#     report (our Markdown) into DOCX: the ratios, and peak memory;
#  2. the stages of the pipeline in one process (cargo bench --bench pipeline --stages);
#  3. a scaling table: synthetic reports of 10 to 50,000 models, time and peak memory;
#  4. one `report build` of 100 data folders beside 100 builds of one folder each (and
#     beside the binary REPORT_BASELINE, when set, on the same 100 folders).
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
RUSTFLAGS="-C target-feature=+crt-static" cargo build --release --quiet \
  --target x86_64-unknown-linux-gnu --target-dir target/static
install -m 755 target/static/x86_64-unknown-linux-gnu/release/report "$work/report-static"
static=$work/report-static
cargo bench --quiet --bench pipeline -- --write "$work/synth" >/dev/null

# median wall times in ms of several commands, runs interleaved (hyperfine runs each
# command's runs in a row; here round k runs every command once): RUNS then commands
py_medians() {
  python3 - "$@" <<'PY'
import shlex, subprocess, sys, time, statistics
runs = int(sys.argv[1])
# a loop needs a shell; a single command runs without one (a shell would add its start)
cmds = [c if c.startswith("for ") else shlex.split(c) for c in sys.argv[2:]]
def run(c):
    subprocess.run(c, shell=isinstance(c, str), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for c in cmds:  # warm-up
    for _ in range(2): run(c)
times = [[] for _ in cmds]
for _ in range(runs):
    for i, c in enumerate(cmds):
        t = time.perf_counter(); run(c)
        times[i].append((time.perf_counter() - t) * 1000)
print(" ".join("%.2f" % statistics.median(t) for t in times))
PY
}
# median wall time in ms of one command, without a shell between (hyperfine)
median_ms() {
  local runs=$1; shift
  hyperfine -N --style none --warmup 2 --runs "$runs" --export-json "$work/h.json" "$@" >/dev/null 2>&1
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
b_cmd="$report build data/2021-04 --out $work/r"
c_cmd="$report check data/2021-04"
sb_cmd="$static build data/2021-04 --out $work/r"
sc_cmd="$static check data/2021-04"
p_cmd="pandoc $work/ref/2021-04.md -o $work/p.docx"
read -r b_ms c_ms sb_ms sc_ms p_ms < <(py_medians 41 "$b_cmd" "$c_cmd" "$sb_cmd" "$sc_cmd" "$p_cmd")
share() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[1])/float(sys.argv[2])))' "$1" "$2"; }
echo "data/2021-04, whole process, median of 41 interleaved runs:"
printf "  %-44s %9s ms %8s MB\n" "report build (DOCX + Markdown)" "$b_ms" "$(peak_mb "$b_cmd")"
printf "  %-44s %9s ms %8s MB\n" "report check" "$c_ms" "$(peak_mb "$c_cmd")"
printf "  %-44s %9s ms %8s MB\n" "report build, linked statically" "$sb_ms" "$(peak_mb "$sb_cmd")"
printf "  %-44s %9s ms %8s MB\n" "report check, linked statically" "$sc_ms" "$(peak_mb "$sc_cmd")"
printf "  %-44s %9s ms %8s MB\n" "pandoc, the same report as Markdown → DOCX" "$p_ms" "$(peak_mb "$p_cmd")"
echo "  report build is $(ratio "$p_ms" "$b_ms")× faster than pandoc ($(ratio "$p_ms" "$sb_ms")× linked statically)"
echo "  check takes $(share "$c_ms" "$b_ms") of build ($(share "$sc_ms" "$sb_ms") linked statically)"
echo

echo "stages in one process, median ms (cargo bench --bench pipeline -- --stages):"
cargo bench --quiet --bench pipeline -- --stages "$PWD/data/2021-04" "$work/synth/models-10000" |
  sed -e "s|$PWD/||" -e "s|$work/synth/||" -e 's/^/  /'
echo

echo "scaling: report build (DOCX + Markdown), whole process, median:"
printf "  %8s %12s %16s %10s %10s\n" models "wall ms" "µs per model" "peak MB" "input KB"
for n in 10 100 1000 10000 50000; do
  dir=$work/synth/models-$n
  runs=21; [ "$n" -ge 10000 ] && runs=5
  ms=$(median_ms "$runs" "$report build $dir --out $work/s")
  mb=$(peak_mb "$report build $dir --out $work/s")
  kb=$(du -sk "$dir" | cut -f1)
  python3 -c 'import sys; n,ms,mb,kb=sys.argv[1:]; print("  %8s %12s %16.1f %10s %10s" % (n, ms, float(ms)*1000/int(n), mb, kb))' "$n" "$ms" "$mb" "$kb"
done
echo

mkdir -p "$work/many"
for i in $(seq -w 1 100); do cp -r data/2021-04 "$work/many/bc-$i"; done
folders=$(echo "$work"/many/bc-*)
one_cmd="$report build $folders --out $work/m1"
each_cmd="for d in $folders; do $report build \$d --out $work/m2; done"
cmds=("$one_cmd" "$each_cmd")
[ -n "${REPORT_BASELINE:-}" ] && cmds+=("$REPORT_BASELINE build $folders --out $work/m3")
read -r -a many < <(py_medians 7 "${cmds[@]}")
echo "100 data folders (copies of data/2021-04), median of 7 interleaved runs:"
printf "  %-44s %9s ms\n" "one report build of all 100" "${many[0]}" "100 builds of one folder each" "${many[1]}"
echo "  one build of 100 takes $(python3 -c 'import sys; print("%.2f" % (float(sys.argv[1])/float(sys.argv[2])))' "${many[0]}" "${many[1]}")× the time of 100 builds"
if [ -n "${REPORT_BASELINE:-}" ]; then
  printf "  %-44s %9s ms\n" "the same with $REPORT_BASELINE" "${many[2]}"
  echo "  $(ratio "${many[2]}" "${many[0]}")× faster than the baseline"
fi
