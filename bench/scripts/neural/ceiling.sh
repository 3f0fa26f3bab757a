#!/usr/bin/env bash
# How close can any fastText setting come to fenlei's `svm` defaults on the binary review sets (issue 16)? The C++
# tool over a grid of settings (epoch 10/25, lr 0.5/1.0, wordNgrams 2/3, 200,000 buckets), each scored on the test split (so the best cell is an upper bound: chosen on the
# test set itself), with words alone and with words plus the document's characters as extra tokens (the features
# svm has and fastText lacks: character n-grams across word boundaries), then the tool's own autotune on a
# held-out tenth of the training split, and fenlei's svm defaults on the same split.
#
#   bench/scripts/neural/ceiling.sh                           (from the repository root; 20-40 minutes)
#   CORPORA_LIST="htl" AUTOTUNE=60 bench/scripts/neural/ceiling.sh
#   VARIANTS_ONLY=1 CORPORA_LIST=chnsenticorp bench/scripts/neural/ceiling.sh   (the single variants below, 3 min)
#
# Needs: apt-get install -y fasttext python3-jieba; ../shared/corpora. Prints "corpus input epoch lr wordNgrams
# accuracy" lines, then "corpus autotune accuracy (options)" and "corpus svm accuracy". Segmentation is Python
# jieba's (fenlei's is the same algorithm and dictionary); standard splits as in ../shared/corpora/README.md, the
# training documents shuffled once (seeded), since the tool reads them in file order.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
CORPORA=${CORPORA:-$ROOT/../shared/corpora}
WORK=${WORK:-/tmp/fenlei-ceiling}
LIST=${CORPORA_LIST:-"chnsenticorp waimai htl"}
AUTOTUNE=${AUTOTUNE:-180}
THREADS=${THREADS:-2}
PY=${PY:-/usr/bin/python3}
mkdir -p "$WORK"

"$PY" - "$CORPORA" "$WORK" $LIST <<'EOF'
import csv, os, random, sys
import jieba
jieba.setLogLevel(60)
corpora, work, names = sys.argv[1], sys.argv[2], sys.argv[3:]

def rows(name):
    if name == 'chnsenticorp':
        def read(f):
            out = []
            for line in open(os.path.join(corpora, 'chnsenticorp_ernie', f), encoding='utf-8'):
                text, label = line.rstrip('\n').rsplit('\t', 1)
                out.append((label, text))
            return out
        return read('train.tsv'), read('dev.tsv')
    path = {'htl': 'chnsenticorp_htl/ChnSentiCorp_htl_all.csv', 'waimai': 'waimai_10k/waimai_10k.csv'}[name]
    data = list(csv.reader(open(os.path.join(corpora, path), encoding='utf-8-sig')))[1:]
    return ([(r[0], r[1]) for i, r in enumerate(data) if i % 5 != 4],
            [(r[0], r[1]) for i, r in enumerate(data) if i % 5 == 4])

for name in names:
    if os.path.exists(os.path.join(work, name + '.test.wc.txt')):
        continue
    train, test = rows(name)
    random.Random(1).shuffle(train)  # the tool reads in file order; waimai's file is sorted by label
    for part, docs in (('train', train), ('test', test)):
        with open(os.path.join(work, '%s.%s.w.txt' % (name, part)), 'w') as w, \
             open(os.path.join(work, '%s.%s.wc.txt' % (name, part)), 'w') as wc:
            for label, text in docs:
                words = [t for t in jieba.cut(text.replace('\n', ' ')) if t.strip()]
                w.write(' '.join(['__label__' + label] + words) + '\n')
                wc.write(' '.join(['__label__' + label] + words + ['|'] + list(''.join(words))) + '\n')
EOF

score() { fasttext test "$1" "$2" | awk '/^P@1/ {print $2}'; }
if [ -n "${VARIANTS_ONLY:-}" ]; then
  # one setting away from the grid's (words + characters, epoch 25, lr 0.5, wordNgrams 3), one run each; the last
  # with skipgram vectors trained on the training text as -pretrainedVectors
  for c in $LIST; do
    for v in "-dim 20" "-dim 200" "-bucket 2000000" "-loss ova" "-minCount 2" "-wordNgrams 4" "pretrained"; do
      extra=$v
      if [ "$v" = pretrained ]; then
        sed 's/__label__[^ ]* //' "$WORK/$c.train.wc.txt" > "$WORK/plain.txt"
        fasttext skipgram -input "$WORK/plain.txt" -output "$WORK/sg" -dim 100 -epoch 5 -minCount 2 -minn 0 -maxn 0 \
          -thread "$THREADS" -verbose 0
        extra="-pretrainedVectors $WORK/sg.vec"
      fi
      # shellcheck disable=SC2086
      fasttext supervised -input "$WORK/$c.train.wc.txt" -output "$WORK/m" -epoch 25 -lr 0.5 -wordNgrams 3 \
        -bucket 200000 -thread "$THREADS" -verbose 0 $extra
      echo "$c wc variant ($v) $(score "$WORK/m.bin" "$WORK/$c.test.wc.txt")"
    done
  done
  exit 0
fi
for c in $LIST; do
  for input in w wc; do
    for epoch in 10 25; do
      for lr in 0.5 1.0; do
        for wn in 2 3; do
          fasttext supervised -input "$WORK/$c.train.$input.txt" -output "$WORK/m" -epoch "$epoch" -lr "$lr" \
            -wordNgrams "$wn" -bucket 200000 -thread "$THREADS" -verbose 0
          echo "$c $input $epoch $lr $wn $(score "$WORK/m.bin" "$WORK/$c.test.$input.txt")"
        done
      done
    done
  done
  n=$(( $(wc -l < "$WORK/$c.train.w.txt") * 9 / 10 ))
  shuf --random-source=<(yes) "$WORK/$c.train.w.txt" > "$WORK/shuffled.txt"
  head -n "$n" "$WORK/shuffled.txt" > "$WORK/tr.txt"
  tail -n +"$((n + 1))" "$WORK/shuffled.txt" > "$WORK/va.txt"
  fasttext supervised -input "$WORK/tr.txt" -output "$WORK/auto" -autotune-validation "$WORK/va.txt" \
    -autotune-duration "$AUTOTUNE" -thread "$THREADS" -verbose 0 > /dev/null 2>&1
  opts=$(fasttext dump "$WORK/auto.bin" args 2>/dev/null | awk '$1 ~ /^(dim|epoch|lr|wordNgrams|minn|maxn|loss)$/ {printf "%s=%s ", $1, $2}')
  echo "$c autotune $(score "$WORK/auto.bin" "$WORK/$c.test.w.txt") ($opts)"
  "$ROOT/fenlei" train --corpus "$c" --data-dir "$CORPORA" --model svm --threads "$THREADS" \
    --set calibration=none --out "$WORK/svm.fenlei" > /dev/null 2>&1
  acc=$("$ROOT/fenlei" eval --model "$WORK/svm.fenlei" --corpus "$c" --data-dir "$CORPORA" --json --bootstrap 0 \
    | "$PY" -c 'import json,sys; print(round(json.load(sys.stdin)["accuracy"], 4))')
  echo "$c svm $acc"
done
