#!/usr/bin/python3
"""Sums C2's compile time per method from a HotSpot compilation log, to see what the JIT spends a short run on.

  java -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=comp.log -jar cli/target/fenlei.jar classify ...
  bench/scripts/classify/c2_time.py comp.log [N]

Prints the number of C2 (tier 4) compilations, their summed time (seconds between task and task_done stamps), and
the N methods (default 15) with the most, with how many times each was compiled.
"""
import re
import sys
from collections import Counter

cur, times, counts = None, Counter(), Counter()
for line in open(sys.argv[1], errors='replace'):
    if line.startswith('<task '):
        level = re.search(r"level='(\d)'", line)
        cur = None if level and level.group(1) != '4' else (
            re.search(r"method='([^']*)'", line).group(1), float(re.search(r"stamp='([\d.]+)'", line).group(1)))
    elif line.startswith('<task_done') and cur:
        times[cur[0]] += float(re.search(r"stamp='([\d.]+)'", line).group(1)) - cur[1]
        counts[cur[0]] += 1
        cur = None
print(sum(counts.values()), 'C2 compilations, %.2f s' % sum(times.values()))
for m, t in times.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 15):
    print('%.3f s x%d %s' % (t, counts[m], m))
