#!/usr/bin/python3
"""Summarizes runs.jsonl of side_by_side.sh: per (dataset, loss), the medians of each system and the ratio
fenlei / C++ with its range over the repetitions (each repetition ran both back to back)."""
import json, statistics, sys
from collections import defaultdict

runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by = defaultdict(lambda: defaultdict(dict))
for r in runs:
    by[(r["dataset"], r["loss"])][r["rep"]][r["system"]] = r

def med(xs):
    return statistics.median(xs) if xs else float("nan")

print("| dataset | loss | metric C++ | metric fenlei | .bin top-1 identical | words/s/thread C++ | fenlei | ratio (min-max) "
      "| predict docs/s C++ | fenlei 1 thread | ratio (min-max) | fenlei 2 threads | load s C++ / fenlei (.bin) / fenlei (own file) |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for (d, loss), reps in by.items():
    pairs = [(v["fasttext_cpp"], v["fenlei"]) for v in reps.values() if "fasttext_cpp" in v and "fenlei" in v]
    if not pairs:
        continue
    key = "micro_f1_threshold_0.5" if "micro_f1_threshold_0.5" in pairs[0][0] else "accuracy"
    mc = med([c[key] for c, _ in pairs])
    mf = med([f[key] for _, f in pairs])
    extra = ""
    if key != "accuracy":
        extra = " (fenlei rule %.4f)" % med([f["micro_f1_fenlei_rule"] for _, f in pairs])
    ident = med([f.get("bin_top1_identical", float("nan")) for _, f in pairs])
    wr = [f["words_per_s_per_thread"] / c["words_per_s_per_thread"] for c, f in pairs]
    pr = [f["predict_docs_per_s_1t"] / c["predict_docs_per_s"] for c, f in pairs]
    print(f"| {d} | {loss} | {mc:.4f} | {mf:.4f}{extra} | {ident:.4f} "
          f"| {med([c['words_per_s_per_thread'] for c, _ in pairs]):,.0f} | {med([f['words_per_s_per_thread'] for _, f in pairs]):,.0f} "
          f"| {med(wr):.2f} ({min(wr):.2f}-{max(wr):.2f}) "
          f"| {med([c['predict_docs_per_s'] for c, _ in pairs]):,.0f} | {med([f['predict_docs_per_s_1t'] for _, f in pairs]):,.0f} "
          f"| {med(pr):.2f} ({min(pr):.2f}-{max(pr):.2f}) | {med([f['predict_docs_per_s_2t'] for _, f in pairs]):,.0f} "
          f"| {med([c['load_s'] for c, _ in pairs]):.2f} / {med([f['bin_load_s'] for _, f in pairs]):.2f} / {med([f['load_s'] for _, f in pairs]):.2f} |")
