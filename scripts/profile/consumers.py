#!/usr/bin/env python3
"""consumers.py <resolved perf script>: the host's samples split by the module's type doing the work (the consumer, the
handler, the endpoint), and what kind of work each sample is, for a run where messages do most of it (the life cycle).

A sample belongs to the leafmost frame of a module's own namespace (`Linkage.<Module>.`, the building blocks aside),
named by its type without the async state machine (`Linkage.Approval.Messaging.CaseAcceptedConsumer`). A continuation
resumed by Npgsql or RabbitMQ's client runs without its callers' frames, so a module's share is a lower bound; samples
with no module frame are put by their first marker among FRAMELESS (the inbox, MassTransit, EF, Npgsql, ...). Each sample
is also given one kind (KINDS, the first whose marker a frame holds, leaf first), over all samples and per module."""
import collections, re, sys
from perfstacks import area, name, samples

BUILDING_BLOCKS = ('Linkage.Messaging.', 'Linkage.Kernel.', 'Linkage.ServiceDefaults.', 'Linkage.Documents.',
                   'Linkage.Contracts.', 'Linkage.Host.')
MODULE = re.compile(r'^(Linkage\.[A-Za-z]+\.[\w.]*?)(?:\+[^:]*)?::')

# Where a sample without a module frame is, by the first (leafmost) frame holding one of the markers.
FRAMELESS = [
    ('the inbox (InboxDelivery, InboxRound, batches)', ('Linkage.Messaging.Inbox', 'Linkage.Messaging.InboxBatch', 'Linkage.Messaging.InboxConsumer', 'Linkage.Messaging.InboxDelivery')),
    ('the outbox (dispatch, rounds, publish)', ('Linkage.Messaging.Outbox',)),
    ('the audit trail (building block)', ('Linkage.Messaging.Audit',)),
    ('other building blocks', BUILDING_BLOCKS),
    ('MassTransit (receive pipeline, serializer, publish)', ('MassTransit.',)),
    ('RabbitMQ client', ('RabbitMQ.Client.',)),
    ('EF Core, no module frame (continuations)', ('Microsoft.EntityFrameworkCore.',)),
    ('Npgsql, no module frame', ('Npgsql.',)),
    ('ASP.NET Core / Kestrel', ('Microsoft.AspNetCore.',)),
]

# What the sample is doing, by the leafmost frame holding a marker (the work's own kind, wherever it was called from).
KINDS = [
    ('JIT', ('libclrjit',)),
    ('SM2 signing (BouncyCastle)', ('Org.BouncyCastle.',)),
    ('EF query pipeline (expression built, funcletized, hashed, cached)', ('ExpressionEqualityComparer', 'System.Linq.Queryable::',
        'System.Linq.Expressions.Expression', 'EntityFrameworkQueryableExtensions::AsNoTracking', 'EntityFrameworkQueryableExtensions::Include', 'QueryCompiler::', 'ExpressionTreeFuncletizer', 'CompiledQueryCache', 'QueryTranslation', 'QueryCompilationContext', 'Query.Internal.ParameterExtracting', 'RelationalParameterBasedSqlProcessor')),
    ('EF save (SaveChanges, commands, change tracking)', ('SaveChanges', 'Update.', 'ChangeTracking.', 'StateManager', 'InternalEntityEntry')),
    ('EF materialization, other EF', ('Microsoft.EntityFrameworkCore.',)),
    ('Npgsql (commands, reads, writes)', ('Npgsql.',)),
    ('JSON (System.Text.Json)', ('System.Text.Json.',)),
    ('logging', ('Microsoft.Extensions.Logging', 'LoggerMessage')),
    ('MassTransit', ('MassTransit.',)),
    ('RabbitMQ client', ('RabbitMQ.Client.',)),
    ('ASP.NET Core', ('Microsoft.AspNetCore.',)),
]


def module_of(names):
    for n in names:
        m = MODULE.match(n)
        if m and not n.startswith(BUILDING_BLOCKS):
            return m.group(1)
    return None


def first_marked(names, table, default):
    for n in names:
        for label, markers in table:
            if any(mk in n for mk in markers):
                return label
    return default


def kind_of(frames, names):
    if any('libclrjit' in lib for _, lib in frames):
        return 'JIT'
    leaf = area(*frames[0])
    return first_marked(names, KINDS[1:], 'kernel' if 'kernel' in leaf else 'runtime (GC, stubs, CoreLib) and other')


QUERY_PIPELINE = KINDS[2]


def query_site(names):
    """For a sample in EF's query pipeline, the first frame of ours rootward of it: the query that was being built."""
    at = next(i for i, n in enumerate(names) if any(m in n for m in QUERY_PIPELINE[1]))
    return next((n for n in names[at:] if n.startswith('Linkage.')), 'no frame of ours')


owners, kinds, per_owner, sites, total = (collections.Counter(), collections.Counter(), collections.defaultdict(collections.Counter),
                                          collections.Counter(), 0)
for frames in samples(sys.argv[1]):
    total += 1
    names = [name(*f) for f in frames]
    kind = kind_of(frames, names)
    owner = module_of(names) or 'no module frame: ' + first_marked(names, FRAMELESS, kind)
    owners[owner] += 1
    kinds[kind] += 1
    per_owner[owner][kind] += 1
    if kind == QUERY_PIPELINE[0]: sites[query_site(names)] += 1
print(f"samples: {total}\n\nby owner (share of all samples; its kinds):")
for k, v in (kv for kv in owners.most_common() if kv[1] * 1000 >= total):
    top = ', '.join(f"{kk} {100 * vv / total:.1f}" for kk, vv in per_owner[k].most_common(3))
    print(f"  {100 * v / total:5.1f}%  {k}   [{top}]")
modules = collections.Counter()
for k, v in owners.items():
    modules[k.split('.')[1] if k.startswith('Linkage.') else 'no module frame'] += v
print("\nby module (share of all samples):")
for k, v in modules.most_common():
    print(f"  {100 * v / total:5.1f}%  {k}")
print("\nby kind (share of all samples):")
for k, v in kinds.most_common():
    print(f"  {100 * v / total:5.1f}%  {k}")
print("\nthe EF query pipeline by the query of ours it was building (share of all samples):")
for k, v in sites.most_common(15):
    print(f"  {100 * v / total:5.2f}%  {k[:140]}")
