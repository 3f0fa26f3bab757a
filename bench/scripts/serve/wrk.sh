#!/usr/bin/env bash
# Load test of `fenlei serve` on loopback with wrk (Debian package `wrk`): throughput and p50/p99 latency at 1, 8
# and 64 connections for each model, POSTing single real texts from a test split (bench/scripts/serve/post.lua),
# and the in-process ceiling of the same model (single texts, BatchClassifier.predict on as many threads as the
# server's workers, bench/scripts/serve/Ceiling.java). Fails if any answer is not 2xx or a socket error occurs.
# Usage: wrk.sh TEXTS NAME=MODEL [NAME=MODEL]...
#   TEXTS: a file of the test split's texts, one a line; e.g.
#     cut -f1 ../shared/corpora/thucnews_titles/test.txt > /tmp/titles.txt
#     bench/scripts/serve/wrk.sh /tmp/titles.txt svm=/tmp/svm.fenlei ft-int8=/tmp/ft.q.fenlei
# Environment: DURATION (seconds a run, default 15), PORT (default 18180), THREADS (server workers, default: cores),
#   CONNECTIONS (default "1 8 64"), CEILING (0 skips the in-process ceiling), BATCH (texts a request, default 1:
#   {"text": ...}; more: {"texts": [...]}, and requests/s times BATCH is documents/s).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
here="$root/bench/scripts/serve"
texts="$1"; shift
duration=${DURATION:-15}
batch=${BATCH:-1}
port=${PORT:-18180}
threads=${THREADS:-$(nproc)}
connections=${CONNECTIONS:-1 8 64}
command -v wrk >/dev/null || { echo "$0: wrk not found (apt-get install -y wrk)" >&2; exit 1; }
"$root/fenlei" --version >/dev/null 2>&1 # builds the jar if needed
jar="$root/cli/target/fenlei.jar"
work="$(mktemp -d)"
models=()
for spec in "$@"; do
  name="${spec%%=*}"; file="${spec#*=}"
  models+=("$name")
  # one JSON body a line: {"text": ..., "model": NAME}, or {"texts": [BATCH texts], "model": NAME}
  python3 -c 'import json,sys
name, batch = sys.argv[1], int(sys.argv[3])
texts = [l.rstrip("\n") for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
for i in range(0, len(texts) - batch + 1, batch):
    body = {"text": texts[i]} if batch == 1 else {"texts": texts[i:i + batch]}
    body["model"] = name
    print(json.dumps(body, ensure_ascii=False))' "$name" "$texts" "$batch" > "$work/$name.jsonl"
  grep -v '^[[:space:]]*$' "$texts" > "$work/texts.txt"
done
args=()
for spec in "$@"; do args+=(--model "$spec"); done
java --add-modules jdk.incubator.vector ${FENLEI_JAVA_OPTS:-} -jar "$jar" serve "${args[@]}" --port "$port" \
  --threads "$threads" 2> "$work/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { cat "$work/server.err" >&2; exit 1; }
echo "# $(date -u +%Y-%m-%d) $(nproc) cores; server: --threads $threads; ${duration}s a run;" \
  "$(wc -l < "$work/texts.txt") texts, $batch a request; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'model\tconnections\trequests/s\tp50_ms\tp99_ms\trequests\tnon2xx\tsocket_errors\n'
failed=0
# warm-up, every model before any measurement: the JIT compiles the server's and the models' hot paths
for name in "${models[@]}"; do
  BODIES="$work/$name.jsonl" wrk -t2 -c8 -d10s -s "$here/post.lua" "http://127.0.0.1:$port/v1/classify" >/dev/null
done
for name in "${models[@]}"; do
  for c in $connections; do
    t=$(( c < 2 ? 1 : 2 ))
    line=$(BODIES="$work/$name.jsonl" wrk -t"$t" -c"$c" -d"${duration}s" --timeout 10s -s "$here/post.lua" \
      "http://127.0.0.1:$port/v1/classify" | grep '^RESULT' | cut -f2-)
    printf '%s\t%s\t%s\n' "$name" "$c" "$line"
    read -r _ _ _ _ non2xx errors <<< "$line"
    if [ "$non2xx" != 0 ] || [ "$errors" != 0 ]; then failed=1; fi
  done
done
echo "# server: peak resident memory $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' "/proc/$server/status")"
kill "$server"; wait "$server" 2>/dev/null || true
[ "${CEILING:-1}" = 0 ] || printf '\nmodel\tceiling_threads\tdocs/s (in process, single texts)\n'
for spec in "$@"; do
  [ "${CEILING:-1}" = 0 ] && break
  name="${spec%%=*}"; file="${spec#*=}"
  for t in 1 "$threads"; do
    docs=$(java --add-modules jdk.incubator.vector -cp "$jar" "$here/Ceiling.java" "$file" "$work/texts.txt" "$t" \
      "$duration" 2>/dev/null | grep '^CEILING' | cut -f2)
    printf '%s\t%s\t%s\n' "$name" "$t" "$docs"
  done
done
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$failed" = 0 ] || { echo "$0: some requests failed (non-2xx or socket errors)" >&2; exit 1; }
