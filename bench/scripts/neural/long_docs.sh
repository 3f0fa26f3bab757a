#!/usr/bin/env bash
# A corpus of long documents for fastText's two-thread stability (issue 16), built from the visible review corpora:
# the training reviews of chnsenticorp, htl and waimai (standard splits), segmented by fenlei's jieba, grouped by
# domain and label and shuffled (seed 16); a fraction LONG (default 0.5) of each group is concatenated into
# documents of 1,000-2,000 tokens (the length drawn uniformly per document), the rest stay single reviews; all
# documents of all domains are then shuffled together (LONG=1: long documents only). The test set is every test
# review of the three splits on its own (binary sentiment: __label__pos / __label__neg).
#
#   bench/scripts/neural/long_docs.sh                 (from the repository root)
#   -> $WORK/train.txt, $WORK/test.txt (fastText format, pre-segmented), train.raw.txt, test.raw.txt (same documents,
#      raw text for fenlei's own segmentation), grouped.txt (the training documents, long ones first, each part
#      sorted by label), waimai.train.txt, waimai.test.txt (the waimai split segmented, in
#      file order: sorted by label); WORK defaults to /tmp/fenlei-long-docs
#
# Then, e.g. (8 runs of each side; summary printed by stability.sh):
#   bench/scripts/neural/stability.sh 8
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
DATA=${CORPORA:-$ROOT/../shared/corpora}
WORK=${WORK:-/tmp/fenlei-long-docs}
mkdir -p "$WORK"
# 1. reviews as "split<TAB>domain<TAB>label<TAB>text", one a line
/usr/bin/python3 - "$DATA" > "$WORK/reviews.tsv" <<'PY'
import csv, sys
data = sys.argv[1]
def clean(t):
    return " ".join(t.replace("\t", " ").split())
def emit(split, dom, lab, text):
    text = clean(text)
    if text:
        print(f"{split}\t{dom}\t{lab}\t{text}")
for split, f in (("train", "train.tsv"), ("test", "dev.tsv")):
    for line in open(f"{data}/chnsenticorp_ernie/{f}", encoding="utf-8"):
        text, _, lab = line.rstrip("\r\n").rpartition("\t")
        emit(split, "chnsenticorp", "pos" if lab == "positive" else "neg", text)
for dom, f in (("htl", "chnsenticorp_htl/ChnSentiCorp_htl_all.csv"), ("waimai", "waimai_10k/waimai_10k.csv")):
    with open(f"{data}/{f}", encoding="utf-8-sig", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            emit("test" if i % 5 == 4 else "train", dom, "pos" if row["label"] == "1" else "neg", row["review"])
PY
# 2. segment the text column with fenlei's jieba (one output line per input line)
cut -f4 "$WORK/reviews.tsv" | "$ROOT/fenlei" segment --threads 2 > "$WORK/reviews.seg"
# 3. long training documents, short test reviews
/usr/bin/python3 - "$WORK" "${LONG:-0.5}" <<'PY'
import random, sys
work, long_frac = sys.argv[1], float(sys.argv[2])
meta = [l.rstrip("\n").split("\t") for l in open(f"{work}/reviews.tsv", encoding="utf-8")]
seg = [l.split() for l in open(f"{work}/reviews.seg", encoding="utf-8")]
assert len(meta) == len(seg)
rng = random.Random(16)
groups, test = {}, []
for (split, dom, lab, raw), toks in zip(meta, seg):
    if not toks:
        continue
    if split == "test":
        test.append((lab, toks, raw))
    else:
        groups.setdefault((dom, lab), []).append((toks, raw))
docs = []  # (label, tokens, raw text)
for key in sorted(groups):
    reviews = groups[key]
    rng.shuffle(reviews)
    cut = round(len(reviews) * long_frac)
    docs.extend((key[1], toks, raw) for toks, raw in reviews[cut:])
    cur, raws, target = [], [], rng.randint(1000, 2000)
    for toks, raw in reviews[:cut]:
        cur.extend(toks)
        raws.append(raw)
        if len(cur) >= target:
            docs.append((key[1], cur, " ".join(raws)))
            cur, raws, target = [], [], rng.randint(1000, 2000)
    if len(cur) >= 1000:
        docs.append((key[1], cur, " ".join(raws)))
rng.shuffle(docs)
for name, rows in (("train", docs), ("test", test)):
    with open(f"{work}/{name}.txt", "w", encoding="utf-8") as f:  # segmented, for the tool and pretokenized
        f.writelines(f"__label__{lab} " + " ".join(toks) + "\n" for lab, toks, _ in rows)
    with open(f"{work}/{name}.raw.txt", "w", encoding="utf-8") as f:  # raw text, for fenlei's own jieba
        f.writelines(f"__label__{lab} {raw}\n" for lab, _, raw in rows)
# the same training documents grouped: long ones first, then short, each part sorted by label (neg before pos)
grouped = sorted(docs, key=lambda d: (len(d[1]) < 1000, d[0]))
with open(f"{work}/grouped.txt", "w", encoding="utf-8") as f:
    f.writelines(f"__label__{lab} " + " ".join(toks) + "\n" for lab, toks, _ in grouped)
for split in ("train", "test"):  # waimai in file order (sorted by label), for the shuffle figures
    rows = [(lab, toks) for (sp, dom, lab, _), toks in zip(meta, seg) if dom == "waimai" and sp == split and toks]
    with open(f"{work}/waimai.{split}.txt", "w", encoding="utf-8") as f:
        f.writelines(f"__label__{lab} " + " ".join(toks) + "\n" for lab, toks in rows)
n = [len(toks) for _, toks, _ in docs]
long = [k for k in n if k >= 1000]
print(f"train: {len(docs)} documents, {sum(n)} tokens, {len(long)} of 1,000+ tokens holding {sum(long)}; "
      f"test: {len(test)} reviews",
      file=sys.stderr)
PY
