#!/usr/bin/env bash
# What data-parallel fastText training on a cluster would start from, measured on one machine: fenlei's fastText
# (default settings, calibration none) trained on all of tnews train with 1 and 2 threads (Hogwild, as fastText
# scales on one machine), and on each half of it with 1 thread (odd and even lines: what each of two executors
# would learn between parameter averages); accuracy on tnews dev, training seconds, and the model file's size (what
# one averaging round would move each way per executor).
#
#   bench/scripts/spark/fasttext_split.sh [WORK_DIR]     (default /tmp/fenlei-spark-fasttext)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${1:-/tmp/fenlei-spark-fasttext}"
tnews="$root/../shared/corpora/tnews_clue"
mkdir -p "$work"
awk 'NR % 2 == 1' "$tnews/train.tsv" > "$work/half-a.tsv"
awk 'NR % 2 == 0' "$tnews/train.tsv" > "$work/half-b.tsv"

echo "# $(date -u +%Y-%m-%dT%H:%MZ) load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for run in "all 1 $tnews/train.tsv" "all 2 $tnews/train.tsv" "half-a 1 $work/half-a.tsv" "half-b 1 $work/half-b.tsv"; do
  read -r name threads train <<< "$run"
  model="$work/$name-$threads.fenlei"
  /usr/bin/time -f "%e" -o "$work/time.txt" "$root/fenlei" train --model fasttext --train "$train" --format tsv \
      --threads "$threads" --set calibration=none --out "$model" >/dev/null 2>&1
  accuracy="$("$root/fenlei" eval --model "$model" --test "$tnews/dev.tsv" --format tsv --json \
      | grep -o '"accuracy": [0-9.]*' | head -1 | cut -d' ' -f2)"
  echo "$name threads=$threads documents=$(wc -l < "$train") train_s=$(cat "$work/time.txt") dev_accuracy=$accuracy model_bytes=$(stat -c %s "$model")"
done
echo "# $(date -u +%Y-%m-%dT%H:%MZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
