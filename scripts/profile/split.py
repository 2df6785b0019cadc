#!/usr/bin/env python3
"""split.py <resolved perf script>: the host's samples split by the work they belong to, from the frames of each stack
(the first part, in the order of PARTS, whose marker a frame holds): the HTTP request (and its steps), the outbox's
dispatch, the consumers, the JIT and the rest by library. An awaited continuation resumes on a thread-pool thread
without its caller's frames, so a part is a lower bound; the rest names the library where such samples sit."""
import collections, sys
from perfstacks import area, name, samples

# (part, markers), in order of precedence: a sample belongs to the first part one of whose markers a frame holds. A
# resumed continuation has its callers leafward of it (they run when it completes), so position in the stack decides
# nothing; the request comes first because its save and its staging of outbox rows happen inside it.
PARTS = [
    ('request', ('Microsoft.AspNetCore.', 'Linkage.Intake.Features.SubmitCase.', 'Linkage.ServiceDefaults.')),
    ('outbox dispatch', ('Linkage.Messaging.Outbox',)),
    ('consumers', ('MassTransit.', 'Linkage.Messaging.Inbox', 'RabbitMQ.Client.', 'Linkage.Messaging.Federation', '.Messaging.')),
]

# The request's steps, by the innermost marked frame (leaf first): what the request was doing when sampled.
STEPS = [
    ('authentication (JWT)', ('Microsoft.IdentityModel.', 'System.IdentityModel.', 'JwtBearer', 'Microsoft.AspNetCore.Authentication.')),
    ('authorization', ('Microsoft.AspNetCore.Authorization.', 'Linkage.ServiceDefaults.Auth.')),
    ('intake handler: EF save', ('CaseSaves::', 'SaveChanges', 'Update.', 'ModificationCommand')),
    ('intake handler: queries', ('Microsoft.EntityFrameworkCore.Query', 'Npgsql.', 'CatalogLookup', 'RefusedPower', 'AcceptingWindow')),
    ('intake handler: own code', ('Linkage.Intake.', 'Linkage.Kernel.')),
    ('model binding, JSON read', ('RequestDelegateFactory', 'ReadFromJsonAsync', 'JsonSerializer::Deserialize', 'ReadJson', 'Read(')),
    ('response, JSON write', ('WriteAsJsonAsync', 'JsonSerializer::Serialize', 'Created', 'ExecuteAsync', 'Write(')),
    ('routing, middleware', ('Routing.', 'Linkage.ServiceDefaults.', 'Middleware', 'Diagnostics.')),
    ('Kestrel (HTTP/1.1 parse, connection)', ('Kestrel', 'System.IO.Pipelines', 'System.Net.Sockets')),
]


def part_of(frames):
    names = [name(*f) for f in frames]
    for part, markers in PARTS:
        if any(m in n for n in names for m in markers):
            return part, names
    return None, names


def step_of(names):
    for n in names:
        for step, markers in STEPS:
            if any(m in n for m in markers):
                return step
    return 'request, other'


parts, steps, rest, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
for frames in samples(sys.argv[1]):
    total += 1
    part, names = part_of(frames)
    if part is None:
        leaf = area(*frames[0])
        part = 'JIT' if 'libclrjit' in leaf or any('libclrjit' in lib for _, lib in frames) else 'rest'
        if part == 'rest': rest[leaf] += 1
    parts[part] += 1
    if part == 'request': steps[step_of(names)] += 1
print(f"samples: {total}")
for k, v in parts.most_common():
    print(f"  {100 * v / total:5.1f}%  {k}")
print("\nthe request's steps (share of all samples):")
for k, v in steps.most_common():
    print(f"  {100 * v / total:5.1f}%  {k}")
print("\nthe rest by the leaf's library:")
for k, v in rest.most_common(12):
    print(f"  {100 * v / total:5.1f}%  {k}")
