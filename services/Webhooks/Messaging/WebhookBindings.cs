using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Messaging;

/// <summary>Keeps the broker's bindings of <see cref="WebhookEvents.Optional"/> to the webhooks' queue to the types the
/// active subscriptions want (decision 0757): after every change to the subscriptions, before its answer, and every
/// <c>Webhooks:BindingsInterval</c> (a pass at start-up, and one after a broker that lost its definitions). Changes in
/// any process or replica take turns on an advisory lock, each reading the subscriptions after the change before it
/// committed, so the last turn leaves the bindings of the last committed state. The turn is a session's lock on a
/// connection with no transaction open: the broker's calls (a connection, a declare and a bind per optional type;
/// seconds under load) hold no snapshot, where one held there kept every dead row of the database, the outboxes'
/// dispatched rows among them, from being pruned or vacuumed until they returned (decision 0794).</summary>
public sealed class WebhookBindings(WebhooksDbContext db, EndpointBindings bindings) : ISweep
{
    public static string IntervalKey => "Webhooks:BindingsInterval";

    private static readonly IReadOnlyList<string> Exchanges = [.. WebhookEvents.Optional.Select(e => e.Channel)];

    private static readonly Dictionary<string, string> Channels = WebhookEvents.Optional.ToDictionary(e => e.CloudEventType, e => e.Channel);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        await KeepAsync(ct);
        return 0;
    }

    /// <summary>The whole turn is one unit for the execution strategy: a connection lost mid-turn loses its lock with its
    /// session, so a retry takes the turn again before it reads. The release is <c>pg_advisory_unlock_all</c> (the only
    /// session lock the services take) in the outer <c>finally</c>: PostgreSQL can grant a waiter the lock as its cancel
    /// lands and still fail the statement, and pooled sessions are not reset on return (0016).</summary>
    public Task KeepAsync(CancellationToken ct) => db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
    {
        await db.Database.OpenConnectionAsync(token);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtextextended('linkage.webhooks.bindings', 0))", token);
            var types = await db.Database.SqlQuery<string>(
                $"""SELECT DISTINCT unnest(s."EventTypes") AS "Value" FROM webhooks.subscriptions s WHERE s."Active" """).ToListAsync(token);
            var wanted = types.Where(Channels.ContainsKey).Select(t => Channels[t]).ToHashSet(StringComparer.Ordinal);
            await bindings.KeepAsync(WebhookEvents.Queue, Exchanges, wanted, token);
        }
        finally
        {
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock_all()", CancellationToken.None);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }, ct);
}
