#!/usr/bin/env bash
# TextCNN with word vectors that fenlei trains on the corpora's own text (issue 13): skipgram vectors (dim 128,
# 10 epochs, minCount 2) on the training parts of thucnews_titles, tnews, chnsenticorp, mudou_spam and duee, all of
# waimai, litigation's training part and cnews1000's training rows (no standard test split's text: 112,169 lines,
# 5.5 M characters), then `--model textcnn --set vectors=FILE` with every other setting at its default (held-out
# tenth, early stopping; the default variant with vectors is multichannel), 2 threads, no calibration, and
# fenlei's fastText defaults on the same split for comparison. Prints "split system accuracy" lines.
#
#   bench/scripts/textcnn/vectors.sh                  (from the repository root; about 15 minutes on 2 cores)
#   SPLITS="chnsenticorp" VARIANTS="multichannel non-static" bench/scripts/textcnn/vectors.sh
#   FASTTEXT= EXTRA="--set epoch=10 --set patience=2 --set vector-words=false" VARIANTS=non-static \
#       bench/scripts/textcnn/vectors.sh        (EXTRA: more settings for every TextCNN run; FASTTEXT= skips fastText)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DATA=${CORPORA:-$ROOT/../shared/corpora}
PEERS=$(cd "$DATA/../peers" && pwd)
WORK=${WORK:-/tmp/fenlei-textcnn}/vec
SPLITS=${SPLITS:-"thucnews_titles chnsenticorp"}
VARIANTS=${VARIANTS:-"auto"}
F="$ROOT/fenlei"
mkdir -p "$WORK"
echo "== $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -s "$WORK/sg128.vec" ]; then
  CORPORA="$DATA" /usr/bin/python3 - "$WORK/text.txt" <<PY
import csv, sys
sys.path.insert(0, '$PEERS'); from peers import load, lines, every5
SH = '$DATA'
out = []
for n in ['thucnews_titles', 'tnews', 'chnsenticorp', 'mudou_spam', 'duee']:
    out += [t for t, _ in load(n)[0]]
rows = list(csv.reader(open(f'{SH}/waimai_10k/waimai_10k.csv', encoding='utf-8-sig')))[1:]
out += [r[1] for r in rows if len(r) > 1]
out += [x.split('\t', 1)[1] for x in lines(f'{SH}/admin_litigation_ay/ay.train.txt') if '\t' in x]
out += [x.split('\t', 1)[1] for x in every5([x for x in lines(f'{SH}/cnews_subset1000/cnews.val.txt') if x])[0] if '\t' in x]
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(t.replace('\n', ' ') + '\n' for t in out))
print(f'text: {len(out)} lines, {sum(len(t) for t in out)} characters')
PY
  "$F" vectors --set dim=128 --set epoch=10 --set minCount=2 --threads 2 --out "$WORK/sg128.vec" "$WORK/text.txt" \
    2>&1 | tail -1
fi
for s in $SPLITS; do
  for v in $VARIANTS; do
    "$F" train --model textcnn --corpus "$s" --data-dir "$DATA" --threads 2 --set vectors="$WORK/sg128.vec" \
      --set embedding="$v" --set calibration=none ${EXTRA:-} --out "$WORK/$s-$v.fenlei" 2>&1 | grep '^settings' || true
    echo "$s textcnn+vectors($v) $("$F" eval --model "$WORK/$s-$v.fenlei" --corpus "$s" --data-dir "$DATA" \
      --bootstrap 0 2>&1 | awk '$1=="accuracy" {print $2}')"
  done
  if [ -n "${FASTTEXT:-1}" ]; then
    "$F" train --model fasttext --corpus "$s" --data-dir "$DATA" --threads 2 --set calibration=none \
      --out "$WORK/$s-ft.fenlei" > /dev/null 2>&1
    echo "$s fasttext(defaults) $("$F" eval --model "$WORK/$s-ft.fenlei" --corpus "$s" --data-dir "$DATA" \
      --bootstrap 0 2>&1 | awk '$1=="accuracy" {print $2}')"
    rm -f "$WORK/$s-ft.fenlei"
  fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
