#!/usr/bin/env bash
# End-to-end batch classification of folders, fenlei against the Python pipeline (jieba + scikit-learn TF-IDF word
# 1-2 grams + LinearSVC, python_folder.py), side by side in one run: wall seconds, documents/s and peak resident
# memory (GNU time), including start-up and model loading on both sides.
#
#   bench/scripts/classify/throughput.sh [WORK_DIR]     (default /tmp/fenlei-classify-bench)
#
# Folders (made once in WORK_DIR from ../shared/corpora): tnews100k = the 63,360 tnews train+dev texts written one
# a file, cycled to 100,000 files in folders of 1,000; cnews5k = the 1,000 cnews1000 articles (about 2,900
# characters each) cycled to 5,000 files. Models: fenlei `svm` (defaults) and the Python pipeline, each trained on
# tnews train (for tnews100k) and on cnews1000 rows i%5!=4 (for cnews5k). Env: THREADS (fenlei, default 2),
# RUNS (default 3; the table gives each run), PY (default /usr/bin/python3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${1:-/tmp/fenlei-classify-bench}"
corpora="$root/../shared/corpora"
threads="${THREADS:-2}"
runs="${RUNS:-3}"
py="${PY:-/usr/bin/python3}"
mkdir -p "$work"

if [ ! -d "$work/tnews100k" ] || [ ! -d "$work/cnews5k" ]; then
  "$py" - "$corpora" "$work" <<'EOF'
import os, sys
corpora, work = sys.argv[1], sys.argv[2]
src = [l.rstrip('\n').split('\t')[0] for f in ('train.tsv', 'dev.tsv')
       for l in open(os.path.join(corpora, 'tnews_clue', f), encoding='utf-8')]
arts = [l.rstrip('\n').split('\t', 1)[1]
        for l in open(os.path.join(corpora, 'cnews_subset1000', 'cnews.val.txt'), encoding='utf-8')]
for name, texts, n, per in (('tnews100k', src, 100000, 1000), ('cnews5k', arts, 5000, 1000)):
    for i in range(n):
        d = os.path.join(work, name, 'd%03d' % (i // per))
        if i % per == 0:
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, '%06d.txt' % i), 'w', encoding='utf-8') as f:
            f.write(texts[i % len(texts)] + '\n')
EOF
fi

"$root/fenlei" --version >/dev/null 2>&1 || true   # builds the jar if needed
[ -f "$work/tnews-svm.fenlei" ] || "$root/fenlei" train --corpus tnews --data-dir "$corpora" --model svm \
    --out "$work/tnews-svm.fenlei" >/dev/null
[ -f "$work/cnews-svm.fenlei" ] || "$root/fenlei" train --corpus cnews1000 --data-dir "$corpora" --model svm \
    --out "$work/cnews-svm.fenlei" >/dev/null
[ -f "$work/tnews.pkl" ] || "$py" "$here/python_folder.py" train "$corpora/tnews_clue/train.tsv" "$work/tnews.pkl"
[ -f "$work/cnews.pkl" ] || "$py" "$here/python_folder.py" train "$corpora/cnews_subset1000/cnews.val.txt" \
    "$work/cnews.pkl" --cnews

measure() { # label, output file, command...
  local label="$1" out="$2"
  shift 2
  rm -f "$out"
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    cat "$work/stderr.txt" >&2
    return 1
  }
  read -r secs kb user sys < "$work/time.txt"
  echo "$label $secs $kb $(wc -l < "$out") $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
}

echo "# $(date -u +%F) threads=$threads, load average $(cut -d' ' -f1-3 /proc/loadavg); columns: system corpus" \
    "wall_seconds peak_RSS_MB documents docs/s cpu_seconds"
for r in $(seq 1 "$runs"); do
  for corpus in tnews cnews; do
    dir="$work/${corpus}100k"
    [ "$corpus" = cnews ] && dir="$work/cnews5k"
    line=$(measure fenlei "$work/out-fenlei.jsonl" "$root/fenlei" classify --model "$work/$corpus-svm.fenlei" \
        --threads "$threads" --force --output "$work/out-fenlei.jsonl" "$dir")
    read -r _ fs fkb fn fc <<< "$line"
    line=$(measure python "$work/out-python.jsonl" "$py" "$here/python_folder.py" classify "$work/$corpus.pkl" \
        "$dir" "$work/out-python.jsonl")
    read -r _ ps pkb pn pc <<< "$line"
    awk -v c="$corpus" -v fs="$fs" -v fkb="$fkb" -v fn="$fn" -v fc="$fc" -v ps="$ps" -v pkb="$pkb" -v pn="$pn" \
        -v pc="$pc" 'BEGIN {
      printf "fenlei %s %.2f %.0f %d %.0f %.2f\n", c, fs, fkb / 1024, fn, fn / fs, fc
      printf "python %s %.2f %.0f %d %.0f %.2f\n", c, ps, pkb / 1024, pn, pn / ps, pc
      printf "ratio  %s %.2fx faster (wall), %.2fx less CPU, memory %.2fx of python\n", c, ps / fs, pc / fc, fkb / pkb }'
  done
done
