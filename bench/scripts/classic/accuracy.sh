#!/usr/bin/env bash
# Accuracy of fenlei's classic models on the standard splits, one JSON line per (dataset, model, settings).
# Usage: bench/scripts/classic/accuracy.sh [DATASET...]   (default: the five issue datasets)
# Needs ../shared/corpora (or CORPORA=DIR) and builds the fenlei jar if needed (through ./fenlei; FENLEI=CMD runs
# another command instead, e.g. FENLEI="java --add-modules jdk.incubator.vector -jar fenlei.jar").
# Each configuration is trained with `fenlei train --corpus D --model M [--set ...]` and scored with
# `fenlei eval --corpus D --json` on the standard test split.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
corpora="${CORPORA:-$root/../shared/corpora}"
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=(chnsenticorp thucnews_titles mudou_spam tnews duee)
# configurations: "model settings..." (empty settings = the defaults)
configs=(
  "nb"
  "svm"
  "lr"
  "svm --set chars=1-4"
)
[ -z "${CONFIGS:-}" ] || IFS=';' read -r -a configs <<<"$CONFIGS"
read -r -a fenlei <<<"${FENLEI:-$root/fenlei}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"${fenlei[@]}" --version >/dev/null 2>&1
for d in "${datasets[@]}"; do
  for c in "${configs[@]}"; do
    read -r -a args <<<"$c"
    model="${args[0]}"
    start=$(date +%s.%N)
    "${fenlei[@]}" train --corpus "$d" --data-dir "$corpora" --model "${args[@]}" --out "$tmp/m.fenlei" \
      >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
    end=$(date +%s.%N)
    metrics=$("${fenlei[@]}" eval --model "$tmp/m.fenlei" --corpus "$d" --data-dir "$corpora" --json 2>/dev/null)
    printf '{"dataset": "%s", "model": "%s", "settings": "%s", "train_s": %.1f, "model_bytes": %d, "metrics": %s}\n' \
      "$d" "$model" "${args[*]:1}" "$(echo "$end - $start" | bc)" "$(stat -c %s "$tmp/m.fenlei")" "$metrics"
  done
done
