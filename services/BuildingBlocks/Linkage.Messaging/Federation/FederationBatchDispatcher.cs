using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>Routes delivered CloudEvents of distinct subjects together (decision 0629): each event is admitted as
/// <see cref="FederationDispatcher"/> admits it alone (<see cref="Admit"/>, possibly ahead: 0718), then each handler that applies in batches applies all the
/// admitted events in one transaction. Per event: <see cref="FederationOutcome.Handled"/> or
/// <see cref="FederationOutcome.NotServed"/> when settled; null when it is to be dispatched on its own (refused,
/// early, a replay, a handler that takes one at a time, or a batch that failed as a whole). While the topic drains a
/// backlog, the integration rows a round writes are held (decision 0744).</summary>
internal sealed class FederationBatchDispatcher(
    FederationDispatcher dispatcher, FederationDrains drains, IServiceScopeFactory scopes, ILogger<FederationBatchDispatcher> log)
{
    /// <summary>Applies events <see cref="Admit"/> has admitted, in their order; admitted ahead (decision 0718), they
    /// are applied as if admitted now: admission reads nothing a round's application changes.</summary>
    public async Task<FederationOutcome?[]> ApplyAsync(IReadOnlyList<FederationEvent> events, Admissions admissions, CancellationToken ct)
    {
        await admissions.CompleteAsync();
        var outcomes = new FederationOutcome?[events.Count];
        var admitted = new List<(int Index, List<(IFederationSubscription Subscription, object Payload)> Handlers)>();
        for (var i = 0; i < events.Count; i++)
        {
            var (verdict, handlers) = admissions[i];
            if (verdict.Outcome == FederationOutcome.NotServed) outcomes[i] = FederationOutcome.NotServed;
            else if (verdict.Outcome == FederationOutcome.Handled) admitted.Add((i, handlers));
        }
        var applied = admitted.ToDictionary(a => a.Index, _ => true);
        foreach (var group in admitted.GroupBy(a => events[a.Index].Type, StringComparer.Ordinal))
        {
            var handlers = group.First().Handlers.Count;
            var hold = drains.HoldUntil(group.Key);
            for (var h = 0; h < handlers; h++)
            {
                var batch = group.Where(a => applied[a.Index]).ToList();
                if (batch.Count == 0) break;
                var settled = await ApplyAsync(batch[0].Handlers[h].Subscription, batch.Select(a => events[a.Index]).ToList(),
                    batch.Select(a => a.Handlers[h].Payload).ToList(), hold, ct);
                for (var k = 0; k < batch.Count; k++)
                    if (settled?[k] != true) applied[batch[k].Index] = false;
            }
        }
        foreach (var (index, _) in admitted) outcomes[index] = applied[index] ? FederationOutcome.Handled : null;
        return outcomes;
    }

    /// <summary>The admissions of a round's events, each as <see cref="FederationDispatcher.Admit"/> admits it alone;
    /// what no other thread has claimed is begun by <see cref="Admissions.OneByOne"/> or
    /// <see cref="Admissions.CompleteAsync"/>.</summary>
    public Admissions Admit(IReadOnlyList<EventAdmission> each) => new(dispatcher, each);

    /// <summary>Admits one event now unless another thread has claimed it (decision 0828).</summary>
    public void Admit(EventAdmission admission, string by) => admission.TryAdmit(dispatcher, by);

    /// <summary>Per event true when applied; false (or null for all) when it is to go on its own. A batch that failed as
    /// a whole is halved and each half tried again (decision 0664): one bad event of a large round costs a few more
    /// transactions, not one per event of the round; alone, it goes on its own. A repeat goes one by one at once.</summary>
    private async Task<bool[]?> ApplyAsync(
        IFederationSubscription subscription, List<FederationEvent> events, List<object> payloads, DateTimeOffset? hold, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return subscription.InvokeBatch(scope.ServiceProvider, events, payloads, hold, ct) is { } batch ? await batch : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var halving = events.Count >= MinHalved && !IsRepeat(ex);
            log.LogInformation("{Handler} could not apply {Count} events together ({Error}); {Next}", subscription.HandlerName,
                events.Count, ex.GetBaseException().Message, halving ? "halving them" : "applying them one by one");
            if (!halving) return null;
            var half = events.Count / 2;
            var first = await ApplyAsync(subscription, events[..half], payloads[..half], hold, ct) ?? new bool[half];
            var second = await ApplyAsync(subscription, events[half..], payloads[half..], hold, ct) ?? new bool[events.Count - half];
            return [.. first, .. second];
        }
    }

    /// <summary>Below this a failed batch goes one by one: halving would cost about as many transactions.</summary>
    private const int MinHalved = 4;

    /// <summary>A key the inbox already holds: a round delivered again (a restart between commit and ack), where most
    /// events are repeats; one by one, each finds itself applied.</summary>
    private static bool IsRepeat(Exception ex) => ex.GetBaseException() is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
