using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>A consumer whose deliveries take turns by case (decision 0755): it records who is inside its handler at once,
/// and holds each delivery there until deliveries of two cases have been inside together.</summary>
public sealed class TurnProbeConsumer(TestDbContext db, TurnLog log) : InboxConsumer<TurnProbe, TestDbContext>(db)
{
    protected override Guid? TurnOf(TurnProbe message) => message.Case;

    protected override async Task Handle(TurnProbe message, ConsumeContext<TurnProbe> context)
    {
        log.Enter(message.Case);
        try
        {
            await log.TogetherAsync(context.CancellationToken);
            Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(TurnProbeConsumer) });
        }
        finally
        {
            log.Leave(message.Case);
        }
    }
}

/// <summary>The most deliveries of one case, and the most cases, seen inside the handler at once.</summary>
public sealed class TurnLog
{
    private readonly Lock sync = new();
    private readonly Dictionary<Guid, int> inside = [];
    private readonly TaskCompletionSource twoCases = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int MostOfOneCase { get; private set; }

    public int MostCases { get; private set; }

    public void Enter(Guid caseId)
    {
        lock (sync)
        {
            inside[caseId] = inside.GetValueOrDefault(caseId) + 1;
            MostOfOneCase = Math.Max(MostOfOneCase, inside[caseId]);
            MostCases = Math.Max(MostCases, inside.Count);
            if (inside.Count >= 2) twoCases.TrySetResult();
        }
    }

    public void Leave(Guid caseId)
    {
        lock (sync)
            if (--inside[caseId] == 0) inside.Remove(caseId);
    }

    /// <summary>Until two cases have been inside at once (a bound for a broken run, not a timing).</summary>
    public Task TogetherAsync(CancellationToken ct) => twoCases.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
}
