#!/usr/bin/env bash
# Times an evaluation report on synthetic predictions (default 100,000 documents x 1,000 labels, multi-label and
# multi-class), with the eval, core and corpora jars of the local build. Build first:
#   mvn -B -q -o -DskipTests -pl eval install
#   bench/scripts/eval/synthetic-report.sh [DOCS] [LABELS] [compare]   (compare: two models compared as well)
set -euo pipefail
cd "$(dirname "$0")/../../.."
docs=${1:-100000}
labels=${2:-1000}
version=0.1.0-SNAPSHOT
eval_jar=eval/target/fenlei-eval-$version.jar
core_jar=core/target/fenlei-core-$version.jar
corpora_jar=corpora/target/fenlei-corpora-$version.jar
for j in "$eval_jar" "$core_jar" "$corpora_jar"; do
  [ -f "$j" ] || { echo "$0: missing $j (build eval first)" >&2; exit 1; }
done
out=$(mktemp -d)
for task in multi-label multi-class; do
  java ${FENLEI_JAVA_OPTS:--Xmx2g} -cp "$eval_jar:$core_jar:$corpora_jar" bench/scripts/eval/SyntheticReport.java \
    "$docs" "$labels" "$task" "$out/$task" ${3:-} | grep -v "^{"
done
echo "reports in $out"
