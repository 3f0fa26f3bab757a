#!/usr/bin/python3
"""Paired ratios (float32 time / int8 time per measurement iteration: median, min-max) from JMH JSON results of the
quant benchmarks' paired* methods. Usage: paired_ratios.py RESULT.json...   e.g., for Conv1d and Linear:
    java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar \\
        'org.fenlei.bench.quant.(Conv1d|Linear)Benchmark.paired.*' -rf json -rff quant-jdk17.json
    bench/scripts/quant/paired_ratios.py quant-jdk17.json"""
import json
import statistics
import sys

for f in sys.argv[1:]:
    for b in json.load(open(f)):
        sm = b.get("secondaryMetrics", {})
        if "float32Nanos" not in sm:
            continue
        fl = [x for it in sm["float32Nanos"]["rawData"] for x in it]
        i8 = [x for it in sm["int8Nanos"]["rawData"] for x in it]
        r = [a / c for a, c in zip(fl, i8)]
        name = ".".join(b["benchmark"].split(".")[-2:])
        print("%s\t%s\t%s\t%.2fx (%.2f-%.2f)" % (f, name, b["params"].get("shape", ""), statistics.median(r), min(r),
                                              max(r)))
