#!/usr/bin/env python3
"""counters.py <dotnet-counters collect --format csv file>: the rates summed over the capture, the gauges' range."""
import collections, csv, sys

rates, gauges = collections.defaultdict(float), collections.defaultdict(list)
for row in csv.DictReader(open(sys.argv[1])):
    name, value = row['Counter Name'], float(row['Mean/Increment'])
    if row['Counter Type'] == 'Rate':
        rates[name] += value
    else:
        gauges[name].append(value)
for k in sorted(rates):
    print(f"total  {k}: {rates[k]:,.3f}")
for k in sorted(gauges):
    print(f"gauge  {k}: min {min(gauges[k]):,.0f} max {max(gauges[k]):,.0f}")
