#!/bin/sh
# Builds the ~11 MB segmentation test file from public corpus text: the THUCNews articles, the administrative
# court cases, the hotel reviews and the TNEWS headlines of ../shared/corpora, concatenated and cut to whole lines
# below 11 MiB. Writes into /tmp (never into the repository): corpus text must not be committed.
# Usage: make-test-file.sh [CORPORA_DIR] [OUT]   (defaults ../shared/corpora, /tmp/fenlei-segment-11mb.txt)
set -eu
cd "$(dirname "$0")/../../.."
C=${1:-../shared/corpora}
OUT=${2:-/tmp/fenlei-segment-11mb.txt}
cat "$C/cnews_subset1000/cnews.val.txt" "$C/admin_litigation_ay/ay.train.txt" \
    "$C/chnsenticorp_htl/ChnSentiCorp_htl_all.csv" "$C/tnews_clue/train.tsv" \
  | head -c 11534336 | sed '$d' > "$OUT"
printf '%s: %s bytes, %s lines, %s characters\n' "$OUT" "$(wc -c < "$OUT")" "$(wc -l < "$OUT")" "$(wc -m < "$OUT")"
