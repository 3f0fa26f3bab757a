#!/usr/bin/env bash
# fastText in fenlei against the C++ tool (Debian's `fasttext`), side by side on the same jieba-segmented text,
# same options, 2 threads. Every repetition runs the tool and then fenlei back to back, so machine load hits both.
#
#   bench/scripts/neural/side_by_side.sh [REPEATS]        (from the repository root; default 3 repeats)
#   ONLY="tnews:softmax duee:ova" APPEND=1 bench/scripts/neural/side_by_side.sh 1   (some configurations, appending)
#
# Needs: apt-get install -y fasttext; the bench jar (mvn -B -q -o -DskipTests -pl bench package, with fenlei's
# modules installed). Writes WORK (default /tmp/fenlei-neural-bench): segmented data, models, runs.jsonl; then
# prints the summary table of summarize.py. Corpus data stays outside the repository.
set -euo pipefail
REPEATS=${1:-3}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DATA=${CORPORA:-$ROOT/../shared/corpora}
WORK=${WORK:-/tmp/fenlei-neural-bench}
JAR=$ROOT/bench/target/benchmarks.jar
JAVA=(java --add-modules jdk.incubator.vector -Xmx8g -cp "$JAR")
mkdir -p "$WORK"
RUNS=$WORK/runs.jsonl
[ "${APPEND:-0}" = 1 ] || : > "$RUNS"
DATASETS="thucnews_titles chnsenticorp mudou_spam tnews duee"

if [ ! -s "$WORK/data/duee/predict.tok" ]; then
  "${JAVA[@]}" org.fenlei.bench.neural.SegmentCorpus "$DATA" "$WORK/data" $DATASETS 2>/dev/null
  for d in $DATASETS; do   # prediction timing input: the test text repeated to >= 100,000 lines
    n=$(wc -l < "$WORK/data/$d/test.tok"); : > "$WORK/data/$d/predict.tok"
    for _ in $(seq $(( (100000 + n - 1) / n ))); do cat "$WORK/data/$d/test.tok" >> "$WORK/data/$d/predict.tok"; done
  done
fi
: > "$WORK/empty.tok"

now() { date +%s.%N; }

# one configuration: dataset, loss, then the tool's options
run() {
  local d=$1 loss=$2; shift 2
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $d:$loss "* ]]; then return; fi
  local dir=$WORK/data/$d multi=false predargs=(1)
  [ "$d" = duee ] && multi=true && predargs=(-1 0.5)
  local opts=("$@" -loss "$loss" -thread 2)
  local kv=() i
  for ((i = 0; i < ${#opts[@]}; i += 2)); do kv+=("${opts[i]#-}=${opts[i+1]}"); done
  for rep in $(seq "$REPEATS"); do
    local m=$WORK/cpp-$d-$loss
    local t0 t1 t2 t3 t4 wps
    t0=$(now)
    fasttext supervised -input "$dir/train.txt" -output "$m" -verbose 2 "${opts[@]}" 2> "$m.log"
    t1=$(now)
    wps=$(tr '\r' '\n' < "$m.log" | grep -o 'words/sec/thread: *[0-9]*' | tail -1 | grep -o '[0-9]*$')
    fasttext predict "$m.bin" "$dir/test.tok" "${predargs[@]}" > "$m.pred"
    t2=$(now)
    fasttext predict "$m.bin" "$WORK/empty.tok" 1 > /dev/null
    t3=$(now)
    fasttext predict "$m.bin" "$dir/predict.tok" 1 > /dev/null
    t4=$(now)
    /usr/bin/python3 - "$dir/test.txt" "$m.pred" "$multi" "$d" "$loss" "$rep" "$wps" "$t0" "$t1" "$t2" "$t3" "$t4" \
        "$(wc -l < "$dir/predict.tok")" "$(stat -c %s "$m.bin")" >> "$RUNS" <<'PY'
import json, sys
test, pred, multi, d, loss, rep, wps, t0, t1, t2, t3, t4, n, size = sys.argv[1:]
gold = [[w for w in l.split() if w.startswith("__label__")] for l in open(test)]
got = [l.split() for l in open(pred)]
r = dict(system="fasttext_cpp", dataset=d, loss=loss, rep=int(rep), words_per_s_per_thread=int(wps),
         train_wall_s=round(float(t1) - float(t0), 3), load_s=round(float(t3) - float(t2), 3),
         predict_docs_per_s=round(int(n) / max(1e-9, (float(t4) - float(t3)) - (float(t3) - float(t2)))),
         model_bytes=int(size))
if multi == "true":
    tp = sum(len(set(g) & set(p)) for g, p in zip(gold, got))
    r["micro_f1_threshold_0.5"] = round(2 * tp / (sum(map(len, gold)) + sum(map(len, got))), 4)
else:
    r["accuracy"] = round(sum(1 for g, p in zip(gold, got) if p and p[0] in g) / len(gold), 4)
print(json.dumps(r))
PY
    "${JAVA[@]}" org.fenlei.bench.neural.FastTextRun "$dir" "${kv[@]}" multi=$multi bin="$m.bin" \
        binPred="$m.pred" 2>/dev/null | /usr/bin/python3 -c "
import json, sys
r = json.loads(sys.stdin.read()); r.update(system='fenlei', loss='$loss', rep=$rep); print(json.dumps(r))" >> "$RUNS"
    tail -2 "$RUNS"
  done
}

COMMON=(-epoch 25 -lr 0.5 -wordNgrams 2 -dim 100 -minCount 1)
for d in thucnews_titles chnsenticorp mudou_spam tnews; do run "$d" softmax "${COMMON[@]}"; done
for d in thucnews_titles tnews; do run "$d" hs "${COMMON[@]}"; run "$d" ova "${COMMON[@]}"; done
run duee ova "${COMMON[@]}"
/usr/bin/python3 "$(dirname "$0")/summarize.py" "$RUNS"
