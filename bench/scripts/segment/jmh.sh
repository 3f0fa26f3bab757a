#!/bin/sh
# Single-thread segmentation throughput (SegmentBenchmark, chars/s) for every chain. JMH allows one run at a time
# per machine (/tmp/jmh.lock); when another engineer's benchmark holds the lock this waits for it rather than
# measuring both at once.
# Usage: jmh.sh [JMH OPTIONS...]   (e.g. -p chain=precise -f 2), from a checkout with bench built:
#   mvn -B -q -DskipTests -pl bench package
set -eu
cd "$(dirname "$0")/../../.."
until java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar SegmentBenchmark \
    -p dataDir=../shared/corpora -rf json -rff /tmp/fenlei-segment-jmh.json "$@" 2> /tmp/fenlei-segment-jmh.err; do
  grep -q "JMH lock" /tmp/fenlei-segment-jmh.err || { cat /tmp/fenlei-segment-jmh.err >&2; exit 1; }
  echo "another JMH run holds /tmp/jmh.lock; waiting" >&2
  sleep 30
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
