#!/usr/bin/env bash
# Autotune side by side: the fastText tool's -autotune-validation against fenlei's autotune-duration, same time
# budget, same data: the segmented training half of a dataset (written by side_by_side.sh) split into its first
# 8,000 lines to train on and the rest to validate on; both final models are scored on the test half.
#
#   bench/scripts/neural/autotune.sh [DATASET] [SECONDS]      (defaults thucnews_titles, 90)
#
# Needs: apt-get install -y fasttext; the fenlei jar (./fenlei builds it); WORK as side_by_side.sh (run it first
# so that WORK/data/DATASET exists). Prints wall seconds, the chosen options and the test accuracy of both.
set -euo pipefail
D=${1:-thucnews_titles}
SECONDS_BUDGET=${2:-90}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${WORK:-/tmp/fenlei-neural-bench}
DIR=$WORK/data/$D
OUT=$WORK/autotune-$D
mkdir -p "$OUT"
[ -s "$DIR/train.txt" ] || { echo "no $DIR/train.txt: run side_by_side.sh first" >&2; exit 1; }
N=$(( $(wc -l < "$DIR/train.txt") * 8 / 10 ))
head -n "$N" "$DIR/train.txt" > "$OUT/tr.txt"
tail -n +"$((N + 1))" "$DIR/train.txt" > "$OUT/va.txt"
"$ROOT/fenlei" --version > /dev/null 2>&1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

t0=$(date +%s.%N)
fasttext supervised -input "$OUT/tr.txt" -output "$OUT/cpp" -autotune-validation "$OUT/va.txt" \
  -autotune-duration "$SECONDS_BUDGET" -thread 2 -verbose 2 > "$OUT/cpp.log" 2>&1
t1=$(date +%s.%N)
cpp_test=$(fasttext test "$OUT/cpp.bin" "$DIR/test.txt" 1 | awk '/^P@1/ {print $2}')
cpp_args=$(fasttext dump "$OUT/cpp.bin" args 2>/dev/null | awk '$1 ~ /^(dim|epoch|wordNgrams|bucket|minn|maxn|loss)$/ {printf "%s=%s ", $1, $2}')
cpp_best=$(tr '\r' '\n' < "$OUT/cpp.log" | grep -o 'Trials: *[0-9]* *Best score: *[0-9.]*' | tail -1)
echo "fasttext: wall $(echo "$t1 - $t0" | bc) s, test accuracy $cpp_test, chose $cpp_args($cpp_best on validation;" \
  "the .bin does not record lr)"

t2=$(date +%s.%N)
"$ROOT/fenlei" train --train "$OUT/tr.txt" --dev "$OUT/va.txt" --format fasttext --model fasttext --threads 2 \
  --set pretokenized=true --set autotune-duration="$SECONDS_BUDGET" --out "$OUT/fenlei.fenlei" > "$OUT/fenlei.log" 2>&1
t3=$(date +%s.%N)
fen_dev=$(sed -n 's/^dev: .*"accuracy": \([0-9.]*\).*/\1/p' "$OUT/fenlei.log")
fen_test=$("$ROOT/fenlei" eval --model "$OUT/fenlei.fenlei" --test "$DIR/test.txt" --format fasttext --json 2>/dev/null \
  | /usr/bin/python3 -c 'import json, sys; print(round(json.load(sys.stdin)["accuracy"], 4))')
echo "fenlei: wall $(echo "$t3 - $t2" | bc) s, test accuracy $fen_test (validation $fen_dev), chose $(sed -n 's/^settings: //p' "$OUT/fenlei.log")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
