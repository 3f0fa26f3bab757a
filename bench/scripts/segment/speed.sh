#!/bin/bash
# Whole-process speed of `fenlei segment` against Python jieba (`python3 -m jieba -d ' '`) on the same file,
# interleaved round by round so both see the same machine load. fenlei runs as the ./fenlei launcher runs it
# (java --add-modules jdk.incubator.vector -jar cli/target/fenlei.jar), on all cores and with --threads 1, and
# once more with FENLEI_JAVA_OPTS=-XX:TieredStopAtLevel=1 (C1 only: no C2 compilations, which cost a JVM that runs
# for a few seconds more CPU than they save). Prints each round's wall and CPU (user + system) seconds, the
# ratios of the medians, and the load average before and after. The fenlei jar must be built (see
# BENCHMARKS.md); the file comes from make-test-file.sh.
# Usage: speed.sh [ROUNDS] [FILE]   (defaults 5, /tmp/fenlei-segment-11mb.txt)
set -eu
cd "$(dirname "$0")/../../.."
ROUNDS=${1:-5}
FILE=${2:-/tmp/fenlei-segment-11mb.txt}
JAR=cli/target/fenlei.jar
PY=${PYTHON:-/usr/bin/python3}
[ -f "$FILE" ] || bench/scripts/segment/make-test-file.sh ../shared/corpora "$FILE"
[ -f "$JAR" ] || { echo "build $JAR first: mvn -B -q -DskipTests -pl cli package" >&2; exit 1; }
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
CHARS=$(wc -m < "$FILE")

measure() { # NAME COMMAND...: runs the command (stdout discarded), appends "wall cpu" to $OUT/NAME, prints it
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S' -o "$OUT/time" "$@" > /dev/null 2> "$OUT/err" || { cat "$OUT/err" >&2; exit 1; }
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$OUT/time" | tee -a "$OUT/$name"
}
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { cut -d' ' -f"$2" < "$OUT/$1" | median; }
ratio() { echo "$1 $2" | awk '{printf "%.1fx", $1 / $2}'; }
rate() { echo "$CHARS $1" | awk '{printf "%.2f M chars/s", $1 / $2 / 1e6}'; }

echo "file $FILE: $(wc -c < "$FILE") bytes, $CHARS characters; $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "round: wall/cpu seconds of fenlei (all cores), fenlei --threads 1, fenlei C1 only, python;" \
  "wall ratio python/fenlei"
for r in $(seq 1 "$ROUNDS"); do
  f2=$(measure f2 java --add-modules jdk.incubator.vector -jar "$JAR" segment "$FILE")
  f1=$(measure f1 java --add-modules jdk.incubator.vector -jar "$JAR" segment --threads 1 "$FILE")
  c1=$(measure c1 java --add-modules jdk.incubator.vector -XX:TieredStopAtLevel=1 -jar "$JAR" segment "$FILE")
  py=$(measure py "$PY" -m jieba -d ' ' "$FILE")
  echo "$r: fenlei ${f2/ //} s, fenlei-1 ${f1/ //} s, fenlei-C1 ${c1/ //} s, python ${py/ //} s;" \
    "$(ratio "${py%% *}" "${f2%% *}")"
done
echo "median wall: fenlei $(col f2 1) s ($(rate "$(col f2 1)")), fenlei --threads 1 $(col f1 1) s," \
  "fenlei C1 only $(col c1 1) s, python $(col py 1) s ($(rate "$(col py 1)"))"
echo "median cpu: fenlei $(col f2 2) s, fenlei --threads 1 $(col f1 2) s, fenlei C1 only $(col c1 2) s," \
  "python $(col py 2) s"
echo "ratio of medians, wall: $(ratio "$(col py 1)" "$(col f2 1)") (one thread $(ratio "$(col py 1)" "$(col f1 1)")," \
  "C1 only $(ratio "$(col py 1)" "$(col c1 1)")); cpu: $(ratio "$(col py 2)" "$(col f2 2)")" \
  "(one thread $(ratio "$(col py 2)" "$(col f1 2)"), C1 only $(ratio "$(col py 2)" "$(col c1 2)"))"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
