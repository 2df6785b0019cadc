#!/usr/bin/env python3
"""callers.py <resolved perf script> <substring> [depth]: the share of samples with a frame containing the substring,
and the callers above its first such frame, counted by chain of <depth> frames."""
import collections, sys
from perfstacks import name, samples

path, needle = sys.argv[1], sys.argv[2]
depth = int(sys.argv[3]) if len(sys.argv) > 3 else 4
total = hits = 0
chains = collections.Counter()
for frames in samples(path):
    total += 1
    for i, (symbol, _) in enumerate(frames):
        if needle in symbol:
            hits += 1
            chains[' <- '.join(name(*f) for f in frames[i + 1:i + 1 + depth])] += 1
            break
print(f"{needle}: {hits} of {total} samples ({100 * hits / max(total, 1):.1f}%)")
for k, v in chains.most_common(15):
    print(f"  {100 * v / total:5.1f}%  {k[:400]}")
