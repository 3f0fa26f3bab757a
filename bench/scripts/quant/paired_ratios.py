#!/usr/bin/python3
"""Paired ratios (float32 time / int8 time, for the pairedNative* methods Java int8 time / native int8 time, for the
floor* methods kernel time / floor time, per
measurement iteration: median, min-max) from JMH JSON results of the quant benchmarks' paired* methods. Usage: paired_ratios.py RESULT.json...   e.g., for Conv1d and Linear:
    java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar \\
        'org.fenlei.bench.quant.(Conv1d|Linear)Benchmark.paired.*' -rf json -rff quant-jdk17.json
    bench/scripts/quant/paired_ratios.py quant-jdk17.json"""
import json
import statistics
import sys

for f in sys.argv[1:]:
    for b in json.load(open(f)):
        sm = b.get("secondaryMetrics", {})
        slow, fast = (("float32Nanos", "int8Nanos") if "float32Nanos" in sm
                      else ("kernelNanos", "floorNanos") if "floorNanos" in sm else ("javaNanos", "nativeNanos"))
        if slow not in sm:
            continue
        fl = [x for it in sm[slow]["rawData"] for x in it]
        i8 = [x for it in sm[fast]["rawData"] for x in it]
        r = [a / c for a, c in zip(fl, i8)]
        name = ".".join(b["benchmark"].split(".")[-2:])
        shape = b["params"].get("shape", b["params"].get("table", b["params"].get("size", "")))
        print("%s\t%s\t%s\t%.2fx (%.2f-%.2f)" % (f, name, shape, statistics.median(r), min(r), max(r)))
