using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Applies a batch of probes together (decision 0662): one read of the keys applied already, an Applied row
/// per probe. It refuses a repeat it can see, as a domain rule would, and a poisonous probe always fails. A probe whose
/// key starts with <c>aside</c> is none of its business (as a case another deployment handles, decision 0720).</summary>
public sealed class BatchProbeConsumer(TestDbContext db) : InboxBatchConsumer<BatchProbe, TestDbContext>(db)
{
    private HashSet<string> applied = [];

    protected override bool Concerns(BatchProbe message) => !message.Key.StartsWith("aside", StringComparison.Ordinal);

    protected override async Task Prepare(IReadOnlyList<BatchProbe> messages, CancellationToken ct)
    {
        var keys = messages.Select(m => m.Key).ToList();
        applied = [.. await Db.Applied.Where(a => keys.Contains(a.Key)).Select(a => a.Key).ToListAsync(ct)];
    }

    protected override Task Handle(BatchProbe message, ConsumeContext<BatchProbe> context)
    {
        if (message.Poison) throw new InvalidOperationException($"Poison message {message.Key}");
        if (!applied.Add(message.Key)) throw new InvalidOperationException($"{message.Key} was applied already");
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(BatchProbeConsumer) });
        return Task.CompletedTask;
    }
}
