#!/usr/bin/env bash
# Renders a fenlei report.html in headless Chromium and saves a PNG screenshot, to look at a report as a person
# would. Needs the Debian package `chromium` (apt-get install -y chromium; fonts-noto-cjk for Chinese text).
# Chromium gets no network: the report must be self-contained.
#
#   bench/scripts/eval/screenshot.sh REPORT.html OUT.png [WIDTH] [HEIGHT]
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH] [HEIGHT]" >&2
  exit 2
fi
html=$(realpath "$1")
out=$(realpath -m "$2")
width=${3:-1280}
height=${4:-2400}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "$0: chromium is not installed (apt-get install -y chromium)" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --proxy-server="http://127.0.0.1:9" --proxy-bypass-list="<-loopback>" \
  --screenshot="$out" --window-size="$width,$height" "file://$html" >/dev/null 2>&1
test -s "$out"
echo "$out"
