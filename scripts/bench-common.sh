# Sourced by the bench scripts that measure one binary's whole process: GNU time
# installed when missing, `report` the binary to measure (REPORT_BIN, else the release
# build, made now), `work` a temporary folder removed at exit.
[ -x /usr/bin/time ] || {
  echo "installing time …" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null
}
if [ -z "${REPORT_BIN:-}" ]; then
  cargo build --release --quiet
  REPORT_BIN=target/release/report
fi
report=$(realpath "$REPORT_BIN")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
