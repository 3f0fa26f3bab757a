#!/usr/bin/env bash
# TextCNN side by side with PyTorch (shared/peers/peer_textcnn.py) on one standard split, same hyper-parameters:
# random embeddings of 128, widths 3,4,5 x 100 maps, dropout 0.5, Adam 0.001, batches of 64, EPOCHS epochs on all
# training documents (holdout=0), MAXLEN tokens, 2 threads, no calibration. Then fenlei's int8 forms: post-training
# quantization (calibrated on 2,048 training documents), QAT by `quantize --set method=qat` (2 epochs), and QAT from
# the last epoch of training (`--set qat-from=EPOCHS`); and inference docs/s (Speed.java: batch 1 on one thread,
# batch 64 on 2 threads, model loaded, documents encoded) of float, int8 on the native kernels and int8 on the Java
# kernels, right after PyTorch's own timing of fp32 and fbgemm int8 in the same run.
#
#   bench/scripts/textcnn/vs_torch.sh thucnews_titles 32 8      (from the repository root)
#   bench/scripts/textcnn/vs_torch.sh chnsenticorp 128 8
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DATA=${CORPORA:-$ROOT/../shared/corpora}
PEERS=$(cd "$DATA/../peers" && pwd)
NAME=$1 MAXLEN=${2:-50} EPOCHS=${3:-8}
WORK=${WORK:-/tmp/fenlei-textcnn}/$NAME
mkdir -p "$WORK"
F="$ROOT/fenlei"
echo "== $NAME maxlen $MAXLEN epochs $EPOCHS, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ -f "$ROOT/bench/target/benchmarks.jar" ] || mvn -q -f "$ROOT/pom.xml" -pl bench -am package -DskipTests
CORPORA="$DATA" /usr/bin/python3 -c "
import sys; sys.path.insert(0, '$PEERS'); from peers import load
tr, te, ml = load('$NAME')
open('$WORK/test.txt', 'w', encoding='utf-8').write(''.join(t.replace('\n', ' ') + '\n' for t, _ in te))"
echo "-- pytorch"
CORPORA="$DATA" /usr/bin/python3 "$PEERS/peer_textcnn.py" "$NAME" "$MAXLEN" "$EPOCHS"
echo "-- fenlei"
common=(--corpus "$NAME" --data-dir "$DATA")
train() { # OUT SETTINGS...: prints the training loop's seconds (first epoch line to the last)
  local out=$1; shift
  "$F" train --model textcnn "${common[@]}" --threads 2 --set maxlen="$MAXLEN" --set epoch="$EPOCHS" \
    --set holdout=0 --set calibration=none "$@" --out "$out" 2>&1 | tee "$out.log" \
    | awk '/: tokens/ {s=$2} /epoch [0-9]+\/[0-9]+/ {e=$2; line=$0} END {printf "train_loop_s=%.1f (%s)\n", e-s, line}'
}
evaluate() { "$F" eval --model "$1" "${common[@]}" --bootstrap 0 2>&1 | awk '$1=="accuracy"||$1=="micro_f1" {print $1"="$2}' | head -1; }
train "$WORK/float.fenlei"
echo "float $(evaluate "$WORK/float.fenlei") bytes=$(stat -c %s "$WORK/float.fenlei")"
"$F" quantize --model "$WORK/float.fenlei" "${common[@]}" --out "$WORK/ptq.fenlei" > /dev/null
echo "int8 ptq $(evaluate "$WORK/ptq.fenlei") bytes=$(stat -c %s "$WORK/ptq.fenlei")"
"$F" quantize --model "$WORK/float.fenlei" "${common[@]}" --set method=qat --out "$WORK/qat.fenlei" > /dev/null
echo "int8 qat (quantize --set method=qat) $(evaluate "$WORK/qat.fenlei") bytes=$(stat -c %s "$WORK/qat.fenlei")"
train "$WORK/qatfrom.fenlei" --set qat-from="$EPOCHS" > /dev/null
echo "float trained with qat-from=$EPOCHS $(evaluate "$WORK/qatfrom.fenlei")"
"$F" quantize --model "$WORK/qatfrom.fenlei" "${common[@]}" --out "$WORK/qatfrom.q.fenlei" > /dev/null
echo "int8 qat (qat-from=$EPOCHS) $(evaluate "$WORK/qatfrom.q.fenlei")"
J=(java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -cp "$ROOT/bench/target/benchmarks.jar")
for m in float ptq; do
  "${J[@]}" "$ROOT/bench/scripts/textcnn/Speed.java" "$WORK/$m.fenlei" "$WORK/test.txt" 2 5 2>/dev/null
done
"${J[@]}" -Dfenlei.quant.native=false "$ROOT/bench/scripts/textcnn/Speed.java" "$WORK/ptq.fenlei" "$WORK/test.txt" 2 5 \
  2>/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
