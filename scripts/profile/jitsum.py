#!/usr/bin/env python3
"""jitsum.py <jit file> [first line] [last line] [N]: the JIT's compilations in a slice of a `DOTNET_JitStdOutFile` written
with `DOTNET_JitDisasmSummary=1` (one line per method compiled: name, tier), counted by tier, by namespace and tier, and
the dynamic methods (`Expression.Compile`, reflection's invoke stubs) by shape (decision 0800).

Every process started with the variables appends to the file (`up`'s migrations, seeding and demo users too), so count
the lines before and after a run with `wc -l` and pass the slice of the run, taken while the host alone writes: the
compilations per 1,000 cases of a run are its lines divided by the cases it submitted."""
import collections, re, sys

LINE = re.compile(r'^\s*\d+: JIT compiled (.*) \[([^,\]]+)[,\]]')
DYNAMIC = ('(dynamicClass)', 'DynamicClass', 'lambda_method', 'InvokeStub_')

lines = open(sys.argv[1], errors='replace').read().splitlines()
first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
last = int(sys.argv[3]) if len(sys.argv) > 3 else len(lines)
n = int(sys.argv[4]) if len(sys.argv) > 4 else 20

tiers, spaces, dynamic, methods = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for line in lines[first:last]:
    m = LINE.match(line)
    if not m:
        continue
    method, tier = m.groups()
    tiers[tier] += 1
    methods[(method, tier)] += 1
    spaces[(re.sub(r'^([\w`]+(?:\.[\w`]+)?).*', r'\1', method), tier)] += 1
    if any(d in method for d in DYNAMIC):
        dynamic[re.sub(r'\d+', 'N', method)] += 1

print(f'compilations: {sum(tiers.values())} (lines {first}-{last})')
for tier, count in tiers.most_common():
    print(f'  {count:7}  {tier}')
print('dynamic methods by shape:')
for shape, count in dynamic.most_common(n):
    print(f'  {count:7}  {shape}')
print('by namespace and tier:')
for (space, tier), count in spaces.most_common(n):
    print(f'  {count:7}  {space} [{tier}]')
again = [(k, c) for k, c in methods.most_common(n) if c > 1]
print('compiled more than once at the same tier:' + ('' if again else ' none'))
for (method, tier), count in again:
    print(f'  {count:7}  {method} [{tier}]')
