#!/usr/bin/env bash
# The Spark job (org.fenlei.spark.ClassifyJob) against `fenlei classify --threads 2` on the same 100,000 documents,
# in one run: wall seconds of each whole command (JVM start, Spark context, model load included), the job's own
# seconds from its summary line, each executor's model load time from its log, and whether the job's records equal
# classify's record for record (both sorted, compared whole).
#
#   bench/scripts/spark/throughput.sh [WORK_DIR]     (default /tmp/fenlei-spark-bench)
#
# Input (made once in WORK_DIR from ../shared/corpora): tnews100k.txt = the 63,360 tnews train+dev texts, in that
# order, cycled to 100,000 lines (the texts of bench/scripts/classify/throughput.sh's tnews100k folder);
# tnews100k/ = the same lines one a file, 1,000 files a folder; tnews10.txt and tnews1m.txt (its first 10 lines,
# and it 10 times) give a job's fixed cost and its marginal rate. Model: fenlei `svm` (defaults) on tnews train.
# Spark: the Spark 3.5.9 jars the module builds against, linked into WORK_DIR/spark-home/jars, launched as
# bin/spark-submit launches itself (java -cp 'jars/*' org.apache.spark.deploy.SparkSubmit). Runs: local[2]; a
# standalone cluster on 127.0.0.1 of two workers of one core each; one worker of one core (scaling).
# Env: RUNS (default 2), EXECUTOR_MEMORY (default 1g).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${1:-/tmp/fenlei-spark-bench}"
corpora="$root/../shared/corpora"
runs="${RUNS:-2}"
memory="${EXECUTOR_MEMORY:-1g}"
mkdir -p "$work"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.12

if [ ! -f "$work/tnews100k.txt" ]; then
  awk -F'\t' '{ t[n++] = $1 } END { for (i = 0; i < 100000; i++) print t[i % n] }' \
      "$corpora/tnews_clue/train.tsv" "$corpora/tnews_clue/dev.tsv" > "$work/tnews100k.txt"
fi
[ -f "$work/tnews1m.txt" ] || for i in 1 2 3 4 5 6 7 8 9 10; do cat "$work/tnews100k.txt"; done > "$work/tnews1m.txt"
head -n 10 "$work/tnews100k.txt" > "$work/tnews10.txt"
if [ ! -d "$work/tnews100k" ]; then
  awk -v dir="$work/tnews100k" '{ d = sprintf("%s/d%03d", dir, int((NR - 1) / 1000));
      if ((NR - 1) % 1000 == 0) system("mkdir -p " d); f = sprintf("%s/%06d.txt", d, NR - 1);
      print > f; close(f) }' "$work/tnews100k.txt"
fi
[ -f "$work/tnews-svm.fenlei" ] || "$root/fenlei" train --corpus tnews --data-dir "$corpora" --model svm \
    --out "$work/tnews-svm.fenlei" >/dev/null

(cd "$root" && mvn -B -q -o -pl spark -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -Dfenlei.native.skip=true && mvn -B -q -o -pl spark dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$work/spark.classpath") >&2
mkdir -p "$SPARK_HOME/jars"
tr ':' '\n' < "$work/spark.classpath" | while read -r j; do ln -sf "$j" "$SPARK_HOME/jars/"; done
jar="$root/spark/target/fenlei-spark.jar"
# Spark's own Java 17 flags (what bin/spark-submit's launcher adds), and the Vector API fenlei uses
opens="$(grep -o -- '--add-opens=[^ <]*' "$root/spark/pom.xml" | tr '\n' ' ')"
java_flags="-XX:+IgnoreUnrecognizedVMOptions $opens -Djdk.reflect.useDirectMethodHandle=false --add-modules jdk.incubator.vector"

submit() { # master, output, input...
  local master="$1" out="$2"
  shift 2
  rm -rf "$out" "$out.errors"
  java $java_flags -Xmx1g -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" \
      --conf spark.ui.enabled=false --conf spark.executor.memory="$memory" \
      --conf "spark.executor.extraJavaOptions=--add-modules jdk.incubator.vector" \
      --class org.fenlei.spark.ClassifyJob --files "$work/tnews-svm.fenlei" "$jar" \
      --model tnews-svm.fenlei --output "$out" "$@"
}

export -f submit
export work jar memory java_flags

measure() { # label, records file or folder, command...
  local label="$1" out="$2"
  shift 2
  touch "$work/start.marker"
  local rc=0
  # through bash, so that a function (submit) runs too; %M is the largest process's peak (the JVM)
  /usr/bin/time -f "%e %M" -o "$work/time.txt" bash -c '"$@"' _ "$@" >/dev/null 2>"$work/stderr.txt" || rc=$?
  if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then # 3: done, some documents in the errors file
    tail -30 "$work/stderr.txt" >&2
    return 1
  fi
  read -r secs kb < <(tail -1 "$work/time.txt")
  local job
  job="$(grep -o 'in [0-9.]* s (' "$work/stderr.txt" | tail -1 | grep -o '[0-9.]*' || true)"
  if [ -d "$out" ]; then cat "$out"/part-* | LC_ALL=C sort > "$work/sorted.jsonl"; else LC_ALL=C sort "$out" \
      > "$work/sorted.jsonl"; fi
  local same="-"
  [ -f "$work/reference.jsonl" ] && { cmp -s "$work/sorted.jsonl" "$work/reference.jsonl" && same=yes || same=NO; }
  local loads
  loads="$( (grep -ho 'fenlei: loaded .* in [0-9]* ms' "$work/stderr.txt" $(find "$work/cluster" -name stderr \
      -newer "$work/start.marker" 2>/dev/null) || true) | { grep -o '[0-9]* ms' || true; } | tr '\n' ' ')"
  echo "$label wall_s=$secs job_s=${job:--} peak_rss_mb=$((kb / 1024)) records=$(wc -l < "$work/sorted.jsonl") equal_to_classify=$same model_loads=[${loads}]"
}

cluster_pids=()
start_cluster() { # workers
  stop_cluster
  rm -rf "$work/cluster"
  mkdir -p "$work/cluster"
  java $java_flags -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
      --port 7177 --webui-port 8180 > "$work/cluster/master.log" 2>&1 &
  cluster_pids+=($!)
  for w in $(seq 1 "$1"); do
    java $java_flags -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
        --cores 1 --memory 2g --webui-port $((8180 + w)) --work-dir "$work/cluster/work$w" spark://127.0.0.1:7177 \
        > "$work/cluster/worker$w.log" 2>&1 &
    cluster_pids+=($!)
  done
  for _ in $(seq 1 120); do
    curl -s http://127.0.0.1:8180/json/ | grep -q "\"aliveworkers\" : $1" && return 0
    sleep 0.5
  done
  echo "the cluster did not start" >&2
  return 1
}
stop_cluster() {
  for p in "${cluster_pids[@]}"; do
    pkill -TERM -P "$p" 2>/dev/null || true
    kill "$p" 2>/dev/null || true
  done
  for p in "${cluster_pids[@]}"; do wait "$p" 2>/dev/null || true; done
  cluster_pids=()
}
trap stop_cluster EXIT

echo "# $(date -u +%Y-%m-%dT%H:%MZ) load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
for input in lines folder; do
  if [ "$input" = lines ]; then src="$work/tnews100k.txt"; else src="$work/tnews100k"; fi
  rm -f "$work/reference.jsonl"
  "$root/fenlei" classify --model "$work/tnews-svm.fenlei" --threads 2 --no-progress --output "$work/cli.jsonl" \
      --force "$src" 2>/dev/null || [ $? = 3 ]
  LC_ALL=C sort "$work/cli.jsonl" > "$work/reference.jsonl"
  for r in $(seq 1 "$runs"); do
    measure "$input classify--threads-2 run$r" "$work/cli.jsonl" "$root/fenlei" classify \
        --model "$work/tnews-svm.fenlei" --threads 2 --no-progress --output "$work/cli.jsonl" --force "$src"
    measure "$input spark-local[2] run$r" "$work/out-local" submit 'local[2]' "$work/out-local" --input "$src"
  done
  for workers in 2 1; do
    start_cluster "$workers"
    for r in $(seq 1 "$runs"); do
      measure "$input spark-standalone-${workers}x1core run$r" "$work/out-cluster" submit spark://127.0.0.1:7177 \
          "$work/out-cluster" --input "$src"
    done
    stop_cluster
  done
done
# the fixed cost of a job (10 documents) and the marginal rate (1,000,000 documents), local[2] against classify
for n in 10 1m; do
  rm -f "$work/reference.jsonl"
  measure "lines$n classify--threads-2" "$work/cli.jsonl" "$root/fenlei" classify --model "$work/tnews-svm.fenlei" \
      --threads 2 --no-progress --output "$work/cli.jsonl" --force "$work/tnews$n.txt"
  LC_ALL=C sort "$work/cli.jsonl" > "$work/reference.jsonl"
  measure "lines$n spark-local[2]" "$work/out-local" submit 'local[2]' "$work/out-local" --input "$work/tnews$n.txt"
done
echo "# $(date -u +%Y-%m-%dT%H:%MZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"
