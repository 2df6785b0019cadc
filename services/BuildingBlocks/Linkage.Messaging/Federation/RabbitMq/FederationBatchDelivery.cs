using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Settles first deliveries of one topic together (decision 0629). They are applied in rounds of distinct
/// subjects, one transaction a round, a subject's later event in a later round, so its order is kept; each delivery of
/// a round is acked once that round has committed. Whatever a round cannot settle (unreadable, refused, early, a
/// replay, or all of it when its transaction failed) goes through <see cref="FederationDelivery"/> one by one, in
/// delivery order, as if it had come alone: a bad event is quarantined or retried alone. A batch is read, cut into
/// rounds and its rounds' admissions begun (<see cref="Take"/>) before it is settled, ahead while the batch before it
/// is settled (decision 0718).</summary>
internal sealed class FederationBatchDelivery(
    FederationBatchDispatcher dispatcher, FederationDelivery delivery, SubjectProgress progress, ILogger<FederationBatchDelivery> log)
{
    public Batch Take(IChannel channel, string topic, IReadOnlyList<Arrival> arrivals)
    {
        var pending = arrivals.Select(a => (Arrival: a, Read: a.Read(delivery))).ToList();
        var rounds = new List<Round>();
        while (pending.Count > 0)
        {
            var subjects = new HashSet<string>(StringComparer.Ordinal);
            var inRound = pending.Select(p => p.Read.Event is not { } e || subjects.Add(e.Subject ?? e.Id)).ToList();
            var round = pending.Where((_, i) => inRound[i]).ToList();
            var readable = round.Where(p => p.Read.Admission is not null).ToList();
            // a round of one goes on its own, admitted there unless it was as it arrived
            var admissions = readable.Select(p => p.Read.Admission!).ToList();
            rounds.Add(new Round([.. round.Select(p => p.Arrival)], [.. readable.Select(p => (p.Arrival, p.Read.Admission!))],
                admissions.Count > 1 ? dispatcher.Admit(admissions) : null));
            pending = [.. pending.Where((_, i) => !inRound[i])];
        }
        return new Batch(this, channel, topic, rounds, log);
    }

    /// <summary>On the arrival thread (decision 0828): reads the delivery and admits its event, unless the due path or
    /// the thread ahead has claimed it already.</summary>
    public void AdmitOnArrival(Arrival arrival)
    {
        if (arrival.Read(delivery).Admission is { } admission) dispatcher.Admit(admission, "arrival");
    }

    /// <summary>Settles the round; returns how long its transaction took.</summary>
    private async Task<TimeSpan> SettleAsync(IChannel channel, string topic, Round round, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var outcomes = round.Admissions is { } admissions
            ? await dispatcher.ApplyAsync([.. round.Readable.Select(r => r.Admission.Event)], admissions, ct)
            : [];
        var applying = Stopwatch.GetElapsedTime(started);
        var settled = new HashSet<Arrival>();
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] is null) continue;
            var (arrival, admission) = round.Readable[i];
            await channel.BasicAckAsync(arrival.Args.DeliveryTag, multiple: false, CancellationToken.None);
            if (outcomes[i] == FederationOutcome.Handled) progress.Applied(admission.Event);
            settled.Add(arrival);
        }
        foreach (var arrival in round.Deliveries)
            if (!settled.Contains(arrival)) await delivery.HandleAsync(channel, topic, arrival.Args, ct, arrival);
        return applying;
    }

    internal sealed record Round(
        List<Arrival> Deliveries, List<(Arrival Arrival, EventAdmission Admission)> Readable, Admissions? Admissions);

    /// <summary>A batch taken from the channel: nothing of it is acked before <see cref="SettleAsync"/> has applied,
    /// quarantined or parked each of its deliveries.</summary>
    public sealed class Batch(FederationBatchDelivery owner, IChannel channel, string topic, List<Round> rounds, ILogger log)
    {
        private readonly long taken = Stopwatch.GetTimestamp();

        /// <summary>Admits the rounds' events on a thread of its own, outside the pool, one after another, while the
        /// batch before this one is settled: the pool's threads stay free for that batch's I/O (two earlier tries that
        /// verified ahead on the pool fought it for them: issue 19 in docs/performance.md).</summary>
        public void AdmitAhead()
        {
            takenAhead = true;
            if (rounds.Any(r => r.Admissions is not null))
                _ = Task.Factory.StartNew(() =>
                {
                    foreach (var round in rounds)
                        round.Admissions?.OneByOne(verdict => MessagingTelemetry.AdmittedAhead.Add(1, new("topic", topic), Outcome(verdict)));
                }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        private bool takenAhead;
        private (TimeSpan First, TimeSpan Last) waited;
        private long due;
        private long admitted;

        /// <summary>How long its first and its last delivery waited in the host before the batch was taken.</summary>
        public void Waited(TimeSpan first, TimeSpan last) => waited = (first, last);

        /// <summary>The batch is due: its admission is finished side by side, where not done ahead.</summary>
        public async Task AdmittedAsync()
        {
            due = Stopwatch.GetTimestamp();
            foreach (var round in rounds)
                if (round.Admissions is { } admissions) await admissions.CompleteAsync();
            admitted = Stopwatch.GetTimestamp();
        }

        public async Task SettleAsync(CancellationToken ct)
        {
            var probe = PoolProbe.Queue();
            var applying = TimeSpan.Zero;
            foreach (var round in rounds) applying += await owner.SettleAsync(channel, topic, round, ct);
            var (admission, settling) = (Stopwatch.GetElapsedTime(due, admitted), Stopwatch.GetElapsedTime(admitted));
            MessagingTelemetry.FederationBatchStages.Record(admission.TotalMilliseconds, new("topic", topic), Stage("admission"));
            MessagingTelemetry.FederationBatchStages.Record(applying.TotalMilliseconds, new("topic", topic), Stage("applying"));
            MessagingTelemetry.FederationBatchStages.Record((settling - applying).TotalMilliseconds, new("topic", topic), Stage("acks and alone"));
            var (count, how) = (rounds.Sum(r => r.Deliveries.Count), takenAhead ? "ahead" : "when due");
            MessagingTelemetry.FederationBatchSizes.Record(count, new("topic", topic), new("taken", how));
            log.LogDebug(
                "{Topic}: {Count} deliveries in {Rounds} rounds, waited {First}–{Last} ms to be taken, taken {Taken}, " +
                "{Ahead} ms before due; then {Admission} ms for their admission, {Applying} ms applying, {Rest} ms acks and alone; " +
                "the pool: {Pending} items pending, a probe queued waited {Probe} ms",
                topic, count, rounds.Count, (long)waited.First.TotalMilliseconds, (long)waited.Last.TotalMilliseconds, how,
                (long)Stopwatch.GetElapsedTime(taken, due).TotalMilliseconds, (long)admission.TotalMilliseconds,
                (long)applying.TotalMilliseconds, (long)(settling - applying).TotalMilliseconds, probe.PendingAtQueue, probe.WaitedMs);
        }

        private static KeyValuePair<string, object?> Outcome(FederationVerdict verdict) => new("outcome", verdict.Outcome.ToString());

        private static KeyValuePair<string, object?> Stage(string stage) => new("stage", stage);
    }
}
