using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Settles first deliveries of one topic together (decision 0629). They are applied in rounds of distinct
/// subjects, one transaction a round, a subject's later event in a later round, so its order is kept; each delivery of
/// a round is acked once that round has committed. Whatever a round cannot settle (unreadable, refused, early, a
/// replay, or all of it when its transaction failed) goes through <see cref="FederationDelivery"/> one by one, in
/// delivery order, as if it had come alone: a bad event is quarantined or retried alone.</summary>
internal sealed class FederationBatchDelivery(FederationBatchDispatcher dispatcher, FederationDelivery delivery, SubjectProgress progress)
{
    public async Task HandleAsync(IChannel channel, string topic, IReadOnlyList<BasicDeliverEventArgs> deliveries, CancellationToken ct)
    {
        var pending = deliveries.Select(d => (Args: d, Event: delivery.Read(d).Event)).ToList();
        while (pending.Count > 0)
        {
            var subjects = new HashSet<string>(StringComparer.Ordinal);
            var inRound = pending.Select(p => p.Event is not { } e || subjects.Add(e.Subject ?? e.Id)).ToList();
            await SettleAsync(channel, topic, [.. pending.Where((_, i) => inRound[i])], ct);
            pending = [.. pending.Where((_, i) => !inRound[i])];
        }
    }

    private async Task SettleAsync(IChannel channel, string topic, List<(BasicDeliverEventArgs Args, FederationEvent? Event)> round, CancellationToken ct)
    {
        var readable = round.Where(p => p.Event is not null).ToList();
        var outcomes = readable.Count > 1 ? await dispatcher.DispatchAsync([.. readable.Select(p => p.Event!)], ct) : [];
        var settled = new HashSet<BasicDeliverEventArgs>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] is null) continue;
            await channel.BasicAckAsync(readable[i].Args.DeliveryTag, multiple: false, CancellationToken.None);
            if (outcomes[i] == FederationOutcome.Handled) progress.Applied(readable[i].Event!);
            settled.Add(readable[i].Args);
        }
        foreach (var (args, _) in round)
            if (!settled.Contains(args)) await delivery.HandleAsync(channel, topic, args, ct);
    }
}
