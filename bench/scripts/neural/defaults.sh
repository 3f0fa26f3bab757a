#!/usr/bin/env bash
# fastText's default settings on the standard splits (issue 16): fenlei's defaults against the C++ tool's
# (`--set defaults=tool`: lr 0.1, epoch 5, wordNgrams 1, file order: the tool's algorithm, which fenlei matches
# within 0.5 points, see side_by_side.sh), and svm's defaults on the binary review sets. One run of each,
# THREADS threads (default 2), no calibration (it never moves a decision of these models).
#
#   bench/scripts/neural/defaults.sh                       (from the repository root)
#   CORPORA_LIST="waimai htl" CONFIGS="fenlei tool" bench/scripts/neural/defaults.sh
#
# Prints "corpus config accuracy train_seconds" lines. Models are written to WORK (default /tmp/fenlei-defaults)
# and deleted after scoring (a wordNgrams=2 model holds 2,000,000 buckets: about 800 MB).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${WORK:-/tmp/fenlei-defaults}
THREADS=${THREADS:-2}
LIST=${CORPORA_LIST:-"thucnews_titles tnews chnsenticorp mudou_spam waimai htl cnews1000 litigation"}
CONFIGS=${CONFIGS:-"tool fenlei fenlei-wn1 svm"}
mkdir -p "$WORK"
for c in $LIST; do
  for cfg in $CONFIGS; do
    model=(--model fasttext) sets=()
    case $cfg in
      tool) sets=(--set defaults=tool) ;;
      fenlei) ;;
      fenlei-wn1) sets=(--set wordNgrams=1) ;;
      fenlei-b200k) sets=(--set bucket=200000) ;;
      svm) case $c in chnsenticorp|waimai|htl) model=(--model svm) ;; *) continue ;; esac ;;
    esac
    t0=$(date +%s.%N)
    if ! "$ROOT/fenlei" train --corpus "$c" "${model[@]}" --threads "$THREADS" --set calibration=none "${sets[@]}" \
        --out "$WORK/m.fenlei" > "$WORK/train.log" 2>&1; then
      echo "$c $cfg FAILED: $(tail -1 "$WORK/train.log")"; continue
    fi
    t1=$(date +%s.%N)
    acc=$("$ROOT/fenlei" eval --model "$WORK/m.fenlei" --corpus "$c" --threads "$THREADS" --json --bootstrap 0 \
        | /usr/bin/python3 -c 'import json,sys; print(round(json.load(sys.stdin)["accuracy"], 4))')
    printf '%s %s %s %.1f\n' "$c" "$cfg" "$acc" "$(echo "$t1 - $t0" | bc)"
    rm -f "$WORK/m.fenlei"
  done
done
