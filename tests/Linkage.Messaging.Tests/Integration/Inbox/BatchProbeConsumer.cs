using System.Collections.Concurrent;
using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Applies a batch of probes together (decision 0662): one read of the keys applied already, an Applied row
/// per probe. It refuses a repeat it can see, as a domain rule would, and a poisonous probe always fails. A probe whose
/// key starts with <c>aside</c> is none of its business (as a case another deployment handles, decision 0720). A probe
/// <c>early-{test}</c> builds on a widget of its name and is overtaken until it is there (decision 0814); the other probes
/// of that test, <c>{test}-…</c>, note how often it had been tried when they were handled.</summary>
public sealed class BatchProbeConsumer(TestDbContext db) : InboxBatchConsumer<BatchProbe, TestDbContext>(db)
{
    private HashSet<string> applied = [];

    public static ConcurrentDictionary<string, int> EarlyAttempts { get; } = new();

    public static ConcurrentDictionary<string, int> EarlyAttemptsSeen { get; } = new();

    protected override bool Concerns(BatchProbe message) => !message.Key.StartsWith("aside", StringComparison.Ordinal);

    protected override async Task Prepare(IReadOnlyList<BatchProbe> messages, CancellationToken ct)
    {
        var keys = messages.Select(m => m.Key).ToList();
        applied = [.. await Db.Applied.Where(a => keys.Contains(a.Key)).Select(a => a.Key).ToListAsync(ct)];
    }

    protected override async Task Handle(BatchProbe message, ConsumeContext<BatchProbe> context)
    {
        if (message.Poison) throw new InvalidOperationException($"Poison message {message.Key}");
        if (message.Key.StartsWith("early-", StringComparison.Ordinal))
        {
            EarlyAttempts.AddOrUpdate(message.Key, 1, (_, n) => n + 1);
            if (!await Db.Widgets.AnyAsync(w => w.Name == message.Key, context.CancellationToken))
                throw new EventOvertakenException($"Widget {message.Key} has not arrived yet.");
        }
        else if (message.Key.IndexOf('-') is > 0 and var dash && EarlyAttempts.TryGetValue($"early-{message.Key[..dash]}", out var tried))
            EarlyAttemptsSeen[message.Key] = tried;
        if (!applied.Add(message.Key)) throw new InvalidOperationException($"{message.Key} was applied already");
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(BatchProbeConsumer) });
    }
}
