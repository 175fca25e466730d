#!/usr/bin/env bash
# Benchmarks of the whole process, as a clerk or CI meets it (not a test: it prints
# figures and asserts nothing):
#  1. `report build data/2021-04` (DOCX and Markdown) beside pandoc turning the same
#     report, as the Markdown report writes, into DOCX: median wall time and peak memory;
#  2. a scaling table: synthetic reports of 10, 100, 1,000 and 10,000 models.
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

cargo build --release --quiet
report=$PWD/target/release/report
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo bench --quiet --bench pipeline -- --write "$work/synth" >/dev/null

# median wall time in ms of a command (hyperfine without a shell between, RUNS runs
# after 3 warm-ups)
median_ms() {
  local runs=$1; shift
  hyperfine -N --style none --warmup 3 --runs "$runs" --export-json "$work/h.json" "$@" >/dev/null 2>&1
  python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/h.json"
}
# peak resident memory in MB of one run
peak_mb() {
  /usr/bin/time -f "%M" -o "$work/t" sh -c "$* >/dev/null 2>&1"
  awk '{printf "%.1f", $1/1024}' "$work/t"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); $(date -u +%Y-%m-%d)"
echo "report $("$report" --version | awk '{print $2}'), $(pandoc --version | head -n1)"
echo

"$report" build data/2021-04 --out "$work/ref" >/dev/null 2>&1
r_cmd="$report build data/2021-04 --out $work/r"
p_cmd="pandoc $work/ref/2021-04.md -o $work/p.docx"
r_ms=$(median_ms 51 "$r_cmd")
p_ms=$(median_ms 21 "$p_cmd")
r_mb=$(peak_mb "$r_cmd")
p_mb=$(peak_mb "$p_cmd")
echo "data/2021-04, whole process, median:"
printf "  %-44s %9s ms %8s MB\n" "report build (DOCX + Markdown)" "$r_ms" "$r_mb"
printf "  %-44s %9s ms %8s MB\n" "pandoc, the same report as Markdown → DOCX" "$p_ms" "$p_mb"
python3 -c 'import sys; r,p=map(float,sys.argv[1:]); print("  report is %.1f× faster than pandoc" % (p/r))' "$r_ms" "$p_ms"
echo

echo "scaling: report build (DOCX + Markdown), whole process, median:"
printf "  %8s %12s %16s %10s %10s\n" models "wall ms" "µs per model" "peak MB" "input KB"
for n in 10 100 1000 10000; do
  dir=$work/synth/models-$n
  runs=21; [ "$n" -ge 10000 ] && runs=5
  ms=$(median_ms "$runs" "$report build $dir --out $work/s")
  mb=$(peak_mb "$report build $dir --out $work/s")
  kb=$(du -sk "$dir" | cut -f1)
  python3 -c 'import sys; n,ms,mb,kb=sys.argv[1:]; print("  %8s %12s %16.1f %10s %10s" % (n, ms, float(ms)*1000/int(n), mb, kb))' "$n" "$ms" "$mb" "$kb"
done
