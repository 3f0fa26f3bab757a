#!/usr/bin/env bash
# Expected calibration error and accuracy of nb, svm and fasttext on chnsenticorp and mudou_spam, trained with each
# calibration method (none: the raw scores; auto: the default). Prints one TSV row per run.
# Usage: [JAR=a fenlei.jar] [MODELS="nb svm fasttext"] [EXTRA="--set epoch=25"] [THREADS=2] [METHODS="none auto temperature top-label platt isotonic"] bench/scripts/core/calibration.sh [corpus...]
# (needs ../shared/corpora; runs a copy of the jar, so the tree can be rebuilt meanwhile)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
if [ -z "${JAR:-}" ]; then
  "$root/fenlei" --version >/dev/null 2>&1 || true
  JAR="$root/cli/target/fenlei.jar"
fi
cp "$JAR" "$work/fenlei.jar"
run() { java --add-modules jdk.incubator.vector -jar "$work/fenlei.jar" "$@" 2>/dev/null; }
corpora=("${@:-chnsenticorp mudou_spam}")
printf 'corpus\tmodel\tcalibration\taccuracy\tece\ttrain_s\n'
for corpus in ${corpora[*]}; do
  for model in ${MODELS:-nb svm fasttext}; do
    for cal in ${METHODS:-none auto temperature top-label platt isotonic}; do
      start=$(date +%s.%N)
      run train --corpus "$corpus" --model "$model" --set calibration="$cal" ${EXTRA:-} --threads "${THREADS:-2}" --out "$work/m.fenlei" \
        --data-dir "$root/../shared/corpora" >/dev/null
      end=$(date +%s.%N)
      json=$(run eval --model "$work/m.fenlei" --corpus "$corpus" --json --bootstrap 0 --data-dir "$root/../shared/corpora")
      acc=$(grep -o '"accuracy": [0-9.]*' <<<"$json" | head -1 | cut -d' ' -f2)
      ece=$(grep -o '"ece": [0-9.]*' <<<"$json" | head -1 | cut -d' ' -f2)
      printf '%s\t%s\t%s\t%s\t%s\t%.1f\n' "$corpus" "$model" "$cal" "$acc" "$ece" "$(echo "$end - $start" | bc)"
    done
  done
done
rm -rf "$work"
