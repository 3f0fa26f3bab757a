#!/usr/bin/env bash
# Inference speed only, side by side, after vs_torch.sh has trained fenlei's models (WORK as there): PyTorch's
# TextCNN of the same shape (torch_speed.py: random weights, timed as peer_textcnn.py times it), then fenlei's float
# and int8 models (Speed.java) on JDK 17 and, when present, JDK 25, then PyTorch again; ROUNDS times.
#   bench/scripts/textcnn/speed.sh thucnews_titles 32 10     (from the repository root)
#   bench/scripts/textcnn/speed.sh chnsenticorp 128 2
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
NAME=$1 MAXLEN=$2 LABELS=$3 ROUNDS=${ROUNDS:-2}
WORK=${WORK:-/tmp/fenlei-textcnn}/$NAME
VOCAB=$(grep -o 'vocabulary=[0-9]*' "$WORK/float.fenlei.log" | cut -d= -f2)
echo "== $NAME maxlen $MAXLEN vocabulary $VOCAB, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$ROUNDS"); do
  /usr/bin/python3 "$ROOT/bench/scripts/textcnn/torch_speed.py" "$VOCAB" "$LABELS" "$MAXLEN" 2>/dev/null
  for jdk in java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; do
    command -v "$jdk" > /dev/null || continue
    J=("$jdk" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$ROOT/bench/target/benchmarks.jar")
    v=$("$jdk" -version 2>&1 | head -1 | grep -o '"[0-9.]*"')
    for m in float ptq; do
      echo "jdk $v $("${J[@]}" "$ROOT/bench/scripts/textcnn/Speed.java" "$WORK/$m.fenlei" "$WORK/test.txt" 2 5 2>/dev/null)"
    done
    echo "jdk $v $("${J[@]}" -Dfenlei.quant.native=false "$ROOT/bench/scripts/textcnn/Speed.java" "$WORK/ptq.fenlei" \
      "$WORK/test.txt" 2 5 2>/dev/null)"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
