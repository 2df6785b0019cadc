#!/usr/bin/env python3
"""perftop.py <resolved perf script> [N]: the top N methods by exclusive and inclusive share of the samples, and the
exclusive share of each assembly or library (docs/performance.md, "A CPU profile of the loaded host")."""
import collections, sys
from perfstacks import area, name, samples

path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40
exclusive, inclusive, areas, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
for frames in samples(path):
    total += 1
    exclusive[name(*frames[0])] += 1
    areas[area(*frames[0])] += 1
    inclusive.update({name(*f) for f in frames})
print(f"samples: {total}")
for title, counts, rows in (("exclusive by assembly or library", areas, 25), (f"top {n} exclusive", exclusive, n),
                            (f"top {n} inclusive", inclusive, n)):
    print(f"\n{title}:")
    for k, v in counts.most_common(rows):
        print(f"  {100 * v / total:5.1f}%  {k[:160]}")
