using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Settles first deliveries of one topic together (decision 0629), admitted as they arrived (0688). They are applied in rounds of distinct
/// subjects, one transaction a round, a subject's later event in a later round, so its order is kept; each delivery of
/// a round is acked once that round has committed. Whatever a round cannot settle (unreadable, refused, early, a
/// replay, or all of it when its transaction failed) goes through <see cref="FederationDelivery"/> one by one, in
/// delivery order, as if it had come alone: a bad event is quarantined or retried alone.</summary>
internal sealed class FederationBatchDelivery(
    FederationDispatcher admission, FederationBatchDispatcher dispatcher, FederationDelivery delivery, SubjectProgress progress)
{
    /// <summary>A first delivery (a copy its caller keeps), read and admitted from now on on the thread pool (0688).</summary>
    public ArrivedDelivery Arrived(BasicDeliverEventArgs args) => new(args, Task.Run(() => Admit(args)));

    private AdmittedEvent? Admit(BasicDeliverEventArgs args)
    {
        try
        {
            if (delivery.Read(args).Event is not { } e) return null;
            var (verdict, handlers) = admission.Admit(e);
            return new AdmittedEvent(e, verdict, handlers);
        }
        catch (Exception)
        {
            return null; // settled alone, where the same failure is met and handled as for a delivery that came alone
        }
    }

    public async Task HandleAsync(IChannel channel, string topic, IReadOnlyList<ArrivedDelivery> deliveries, CancellationToken ct)
    {
        var pending = new List<(BasicDeliverEventArgs Args, AdmittedEvent? Admitted)>(deliveries.Count);
        foreach (var d in deliveries) pending.Add((d.Args, await d.Admitted));
        while (pending.Count > 0)
        {
            var subjects = new HashSet<string>(StringComparer.Ordinal);
            var inRound = pending.Select(p => p.Admitted is not { Event: var e } || subjects.Add(e.Subject ?? e.Id)).ToList();
            await SettleAsync(channel, topic, [.. pending.Where((_, i) => inRound[i])], ct);
            pending = [.. pending.Where((_, i) => !inRound[i])];
        }
    }

    private async Task SettleAsync(IChannel channel, string topic, List<(BasicDeliverEventArgs Args, AdmittedEvent? Admitted)> round, CancellationToken ct)
    {
        var readable = round.Where(p => p.Admitted is not null).ToList();
        var outcomes = readable.Count > 1 ? await dispatcher.DispatchAsync([.. readable.Select(p => p.Admitted!)], ct) : [];
        var settled = new HashSet<BasicDeliverEventArgs>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] is null) continue;
            await channel.BasicAckAsync(readable[i].Args.DeliveryTag, multiple: false, CancellationToken.None);
            if (outcomes[i] == FederationOutcome.Handled) progress.Applied(readable[i].Admitted!.Event);
            settled.Add(readable[i].Args);
        }
        foreach (var (args, admitted) in round)
            if (!settled.Contains(args)) await delivery.HandleAsync(channel, topic, args, ct, admitted);
    }
}
