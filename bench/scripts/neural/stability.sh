#!/usr/bin/env bash
# Run-to-run spread of fastText training: RUNS runs of the C++ tool and of fenlei on the same pre-segmented text,
# each pair back to back, THREADS threads (default 2), default settings unless TOOL_OPTS / FENLEI_SETS say otherwise.
#
#   bench/scripts/neural/long_docs.sh && bench/scripts/neural/stability.sh 8
#   TRAIN=... TEST=... THREADS=1 FENLEI_SETS="--set shuffle=false" bench/scripts/neural/stability.sh 2
#   RAW=1 bench/scripts/neural/stability.sh 8      (fenlei segments train.raw.txt / test.raw.txt itself)
#   NO_TOOL=1 ...                                   (fenlei only)
#
# Prints one line per run and the accuracies (sorted) with their spread (max - min) per system.
set -euo pipefail
RUNS=${1:-8}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${WORK:-/tmp/fenlei-long-docs}
TRAIN=${TRAIN:-$WORK/train.txt}
TEST=${TEST:-$WORK/test.txt}
THREADS=${THREADS:-2}
read -r -a TOOL <<< "${TOOL_OPTS:-}"
read -r -a SETS <<< "${FENLEI_SETS:-}"
FTRAIN=$TRAIN FTEST=$TEST
if [ "${RAW:-0}" = 1 ]; then FTRAIN=${TRAIN%.txt}.raw.txt FTEST=${TEST%.txt}.raw.txt; else SETS+=(--set pretokenized=true); fi
OUT=$WORK/stability-$$.txt
: > "$OUT"
for r in $(seq "$RUNS"); do
  if [ "${NO_TOOL:-0}" != 1 ]; then
    fasttext supervised -input "$TRAIN" -output "$WORK/cpp-$$" -thread "$THREADS" -verbose 0 "${TOOL[@]}"
    acc=$(fasttext test "$WORK/cpp-$$.bin" "$TEST" | awk '$1 == "P@1" {print $2}')
    echo "tool $acc" | tee -a "$OUT"
  fi
  "$ROOT/fenlei" train --train "$FTRAIN" --format fasttext --model fasttext --threads "$THREADS" \
      --set calibration=none "${SETS[@]}" --out "$WORK/f-$$.fenlei" > /dev/null
  acc=$("$ROOT/fenlei" eval --model "$WORK/f-$$.fenlei" --test "$FTEST" --format fasttext --json --bootstrap 0 \
      | /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["accuracy"], 4))')
  echo "fenlei $acc" | tee -a "$OUT"
done
for s in tool fenlei; do
  awk -v s=$s '$1 == s {print $2}' "$OUT" | sort -n | awk -v s=$s '{a[NR]=$1} END { if (NR == 0) exit;
    line = ""; for (i = 1; i <= NR; i++) line = line (i > 1 ? ", " : "") a[i];
    printf "%s (%d runs): %s  spread %.4f\n", s, NR, line, a[NR] - a[1] }'
done
rm -f "$WORK/cpp-$$.bin" "$WORK/cpp-$$.vec" "$WORK/f-$$.fenlei" "$OUT"
