#!/usr/bin/env bash
# Word vectors side by side: `fasttext skipgram|cbow` (the C++ tool) against `fenlei vectors`, same text (the
# training parts of the five standard datasets as segmented by side_by_side.sh, labels stripped: 95,750 lines,
# 2.2 M tokens), the tool's defaults, 2 threads. Prints each one's training words/s/thread, then, as a check of
# the vectors themselves, the test accuracy of fenlei's supervised fastText (epoch 5, else defaults) initialised
# with each skipgram .vec (pretrainedVectors) and with none.
#
#   bench/scripts/neural/vectors.sh          (after side_by_side.sh; WORK as there)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${WORK:-/tmp/fenlei-neural-bench}
DATA=${CORPORA:-$ROOT/../shared/corpora}
OUT=$WORK/vectors
mkdir -p "$OUT"
for d in thucnews_titles chnsenticorp mudou_spam tnews duee; do
  sed -e 's/__label__[^ ]* //g' "$WORK/data/$d/train.txt"
done > "$OUT/text.txt"
echo "text: $(wc -l < "$OUT/text.txt") lines, $(wc -w < "$OUT/text.txt") tokens; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$ROOT/fenlei" --version > /dev/null 2>&1
for arch in skipgram cbow; do
  t0=$(date +%s.%N)
  fasttext "$arch" -input "$OUT/text.txt" -output "$OUT/cpp-$arch" -thread 2 -verbose 2 2>&1 | tr '\r' '\n' \
    | grep -o 'words/sec/thread: *[0-9]*' | tail -1 | sed "s/^/fasttext $arch: /"
  t1=$(date +%s.%N)
  "$ROOT/fenlei" vectors --pretokenized --model "$arch" --threads 2 --out "$OUT/fenlei-$arch.vec" "$OUT/text.txt" \
    2> /dev/null | sed "s/^/fenlei $arch: /"
  t2=$(date +%s.%N)
  echo "wall s: fasttext $(echo "$t1 - $t0" | bc), fenlei $(echo "$t2 - $t1" | bc)"
done
for d in chnsenticorp tnews thucnews_titles; do
  for v in none "$OUT/cpp-skipgram.vec" "$OUT/fenlei-skipgram.vec"; do
    set_vec=()
    [ "$v" = none ] || set_vec=(--set "pretrainedVectors=$v")
    "$ROOT/fenlei" train --corpus "$d" --data-dir "$DATA" --model fasttext --set epoch=5 "${set_vec[@]}" \
      --out "$OUT/m.fenlei" > /dev/null 2>&1
    acc=$("$ROOT/fenlei" eval --model "$OUT/m.fenlei" --corpus "$d" --data-dir "$DATA" --json --bootstrap 0 \
      2> /dev/null | /usr/bin/python3 -c 'import json, sys; print(round(json.load(sys.stdin)["accuracy"], 4))')
    echo "$d, pretrained vectors $(basename "$v"): accuracy $acc"
  done
done
rm -f "$OUT/m.fenlei"
