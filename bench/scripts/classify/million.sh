#!/usr/bin/env bash
# Memory against the number of files: classify 100,000 and then 1,000,000 tnews files (folders of 1,000) with the
# same model and print peak resident memory for each. Needs about 4 GB of disk and 1,000,000 inodes in WORK_DIR.
#   bench/scripts/classify/million.sh [WORK_DIR]     (default /tmp/fenlei-million; reuses throughput.sh's model)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${1:-/tmp/fenlei-million}"
model="${MODEL:-/tmp/fenlei-classify-bench/tnews-svm.fenlei}"
mkdir -p "$work"
if [ ! -d "$work/m1" ]; then
  /usr/bin/python3 - "$root/../shared/corpora/tnews_clue/train.tsv" "$work/m1" <<'PY'
import os, sys
src = [l.rstrip('\n').split('\t')[0] for l in open(sys.argv[1], encoding='utf-8')]
for i in range(1000000):
    d = '%s/d%04d' % (sys.argv[2], i // 1000)
    if i % 1000 == 0:
        os.makedirs(d, exist_ok=True)
    with open('%s/%07d.txt' % (d, i), 'w', encoding='utf-8') as f:
        f.write(src[i % len(src)])
PY
fi
mkdir -p "$work/m100k"
for i in $(seq -w 0 99); do [ -e "$work/m100k/d00$i" ] || ln -s "$work/m1/d00$i" "$work/m100k/d00$i"; done
for dir in m100k m1; do
  /usr/bin/time -f "$dir: %e s, peak RSS %M KB" "$root/fenlei" classify --model "$model" --force \
      --output "$work/$dir.jsonl" "$work/$dir" 2>&1 | tail -2
done
