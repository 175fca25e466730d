#!/usr/bin/env bash
# The binary to hand out on Linux x86_64 (offices' machines, CI images): linked
# statically against glibc, so that it runs on any Linux x86_64 whatever its glibc, and
# starts ~1 ms sooner here than the dynamically linked one (no loader, no relocation of
# shared libraries; scripts/bench.sh measures both). Written to dist/report.
#
# It needs its own --target: with the target given, RUSTFLAGS reach only the target's
# crates, not the host tools (proc macros cannot be linked statically); and so its own
# target folder, to leave `cargo build`'s untouched. Elsewhere (macOS, Windows) plain
# `cargo build --release` is the binary to hand out.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-unknown-linux-gnu
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "dist.sh: a static build is made here for Linux x86_64 only; use cargo build --release" >&2
  exit 2
fi
RUSTFLAGS="-C target-feature=+crt-static" cargo build --release --locked \
  --target "$target" --target-dir target/static
mkdir -p dist
install -m 755 "target/static/$target/release/report" dist/report
# a static binary has no interpreter to name
if readelf -l dist/report | grep -q "Requesting program interpreter"; then
  echo "dist.sh: dist/report is not statically linked" >&2
  exit 1
fi
echo "dist/report: $(du -h dist/report | cut -f1), statically linked, $(dist/report --version)"
