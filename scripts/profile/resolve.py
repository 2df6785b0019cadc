#!/usr/bin/env python3
"""resolve.py <mmap events> <perf map> <perf script> <out>: with W^X on, perf sees JIT code as offsets in
/memfd:doublemapper; each is mapped back through the r-x memfd mappings (`perf script --show-mmap-events | grep
PERF_RECORD_MMAP`) to its virtual address, then named from /tmp/perf-<pid>.map (DOTNET_PerfMapEnabled=3)."""
import bisect, re, sys
mmaps_path, map_path, script_path, out_path = sys.argv[1:5]
spans = []  # (pgoff, len, start) of r-x memfd mappings
for line in open(mmaps_path, errors='replace'):
    m = re.search(r'\[0x([0-9a-f]+)\(0x([0-9a-f]+)\) @ (0x[0-9a-f]+|0) [^\]]*\]: r-x\w? /memfd:doublemapper', line)
    if m: spans.append((int(m.group(3), 16), int(m.group(2), 16), int(m.group(1), 16)))
spans.sort()
offs = [s[0] for s in spans]
syms = []
for line in open(map_path, errors='replace'):
    parts = line.rstrip('\n').split(' ', 2)
    if len(parts) == 3:
        try: syms.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
        except ValueError: pass
syms.sort()
starts = [s[0] for s in syms]
def name(off):
    i = bisect.bisect_right(offs, off) - 1
    if i < 0: return None
    pg, ln, st = spans[i]
    if off >= pg + ln: return None
    va = st + off - pg
    j = bisect.bisect_right(starts, va) - 1
    if j < 0: return None
    s, sz, nm = syms[j]
    return nm if va < s + sz else None
hit = miss = 0
with open(out_path, 'w') as out:
    for line in open(script_path, errors='replace'):
        if 'memfd:doublemapper' in line:
            m = re.match(r'(\s+)([0-9a-f]+) \[unknown\] \((.*)\)$', line.rstrip('\n'))
            if m:
                nm = name(int(m.group(2), 16))
                if nm: hit += 1; line = f"{m.group(1)}{m.group(2)} {nm} (jit)\n"
                else: miss += 1
        out.write(line)
print(f"resolved {hit}, unresolved {miss}", file=sys.stderr)
