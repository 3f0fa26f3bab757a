#!/usr/bin/env bash
# fastText int8 prediction, documents/s on one thread: native int8 kernels against the Java ones
# (-Dfenlei.quant.native=false), in alternating JVMs so that machine load hits both alike.
#
#   bench/scripts/quant/fasttext_int8.sh [REPEATS] [CUTOFF...]     (from the repository root; default 3, "50000 0")
#
# CUTOFF 50000: `fenlei quantize`'s default model (50,000 int8 rows, 6 MB); 0: every row int8 (2,000,000 buckets,
# about 220 MB). Needs the bench jar (mvn -B -q -o -DskipTests -pl bench -am package). JAVA selects the JVM (default
# java); WORK (default /tmp/fenlei-int8-bench) holds the segmented data, the cached models and runs.jsonl.
set -euo pipefail
REPEATS=${1:-3}
shift || true
CUTOFFS=${*:-50000 0}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DATA=${CORPORA:-$ROOT/../shared/corpora}
WORK=${WORK:-/tmp/fenlei-int8-bench}
JAR=$ROOT/bench/target/benchmarks.jar
JAVA=(${JAVA:-java} --add-modules jdk.incubator.vector -Xmx4g -cp "$JAR")
D=thucnews_titles
mkdir -p "$WORK"
if [ ! -s "$WORK/data/$D/predict.tok" ]; then
  "${JAVA[@]}" org.fenlei.bench.neural.SegmentCorpus "$DATA" "$WORK/data" $D 2>/dev/null
  n=$(wc -l < "$WORK/data/$D/test.tok"); : > "$WORK/data/$D/predict.tok"
  for _ in $(seq $(( (100000 + n - 1) / n ))); do cat "$WORK/data/$D/test.tok" >> "$WORK/data/$D/predict.tok"; done
fi
RUNS=$WORK/runs.jsonl
: > "$RUNS"
for cutoff in $CUTOFFS; do
  "${JAVA[@]}" -Dfenlei.quant.native=false org.fenlei.bench.neural.Int8PredictRun "$WORK" $D "$cutoff" \
      2>/dev/null > /dev/null # trains and caches the model outside the timed runs
  for rep in $(seq "$REPEATS"); do
    for mode in true false; do
      "${JAVA[@]}" -Dfenlei.quant.native=$mode org.fenlei.bench.neural.Int8PredictRun "$WORK" $D "$cutoff" \
          2>/dev/null | tee -a "$RUNS"
    done
  done
done
/usr/bin/python3 - "$RUNS" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
for cutoff in sorted({r["cutoff"] for r in runs}, reverse=True):
    rs = [r for r in runs if r["cutoff"] == cutoff]
    nat = [r["predict_docs_per_s_1t"] for r in rs if r["native"] != "none"]
    jav = [r["predict_docs_per_s_1t"] for r in rs if r["native"] == "none"]
    same = len({r["predictions_hash"] for r in rs}) == 1
    print("cutoff %d (%.1f MB): native %s docs/s median %d, Java %s median %d, native/Java %.2fx, same predictions: %s"
          % (cutoff, rs[0]["model_bytes"] / 1e6, nat, statistics.median(nat), jav, statistics.median(jav),
             statistics.median(nat) / statistics.median(jav), same))
PY
