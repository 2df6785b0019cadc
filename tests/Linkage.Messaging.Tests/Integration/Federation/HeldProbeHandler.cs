using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Linkage.Messaging.Tests.Infrastructure;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Applies as <see cref="OrderedProbeHandler"/> does, in rounds, each round held at its start until the
/// receiver has admitted an event more before its batch was due (<see cref="AheadGate"/>), or for 5 s when nothing
/// comes.</summary>
public sealed class HeldProbeHandler(TestDbContext db, AheadGate gate) : OrderedProbeHandler(db, new ProbeBatching(true))
{
    protected override Task Prepare(IReadOnlyList<FederationProbe> payloads, CancellationToken ct) => gate.HoldAsync(ct);
}

/// <summary>Counts the events of one topic the receiver admitted (<c>linkage.federation.admitted</c>) by who claimed
/// each admission: before their batch was due, on arrival (decision 0828) or ahead (0718), and when due or alone; the
/// receiver's SM2 verifications (<c>linkage.federation.sm2</c>, for <c>app</c>); and sums its batches' stages
/// (<c>linkage.federation.batch.stage</c>) for a test to print.</summary>
public sealed class AheadGate : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> claimants = new();
    private long admitted;
    private long verified;

    public AheadGate(string topic, string? app = null)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name is "linkage.federation.admitted"
                    or "linkage.federation.sm2" or "linkage.federation.batch.stage" or "linkage.federation.batch.size")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? type = null, by = null, ofApp = null, operation = null;
            foreach (var tag in tags)
                switch (tag.Key)
                {
                    case "type": type = tag.Value as string; break;
                    case "by": by = tag.Value as string; break;
                    case "app": ofApp = tag.Value as string; break;
                    case "operation": operation = tag.Value as string; break;
                }
            if (instrument.Name == "linkage.federation.sm2")
            {
                if (ofApp == app && operation == "verify") Interlocked.Add(ref verified, value);
                return;
            }
            if (type != topic || by is null) return;
            claimants.AddOrUpdate(by, value, (_, n) => n + value);
            if (by is "ahead" or "arrival") Interlocked.Add(ref admitted, value);
        });
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            string? ofTopic = null, stage = null;
            foreach (var tag in tags)
                if (tag.Key == "topic") ofTopic = tag.Value as string;
                else if (tag.Key == "stage") stage = tag.Value as string;
            if (ofTopic == topic && stage is not null) stages.AddOrUpdate(stage, (1, value), (_, s) => (s.Batches + 1, s.Ms + value));
        });
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
        {
            string? ofTopic = null, taken = null;
            foreach (var tag in tags)
                if (tag.Key == "topic") ofTopic = tag.Value as string;
                else if (tag.Key == "taken") taken = tag.Value as string;
            if (ofTopic == topic && taken is not null) batches.Enqueue((taken, value));
        });
        listener.Start();
    }

    private readonly ConcurrentQueue<(string Taken, int Deliveries)> batches = new();

    /// <summary>The topic's settled batches of <paramref name="deliveries"/> taken <paramref name="taken"/> (<c>ahead</c>
    /// or <c>when due</c>; decision 0746).</summary>
    public int Batches(string taken, int deliveries) => batches.Count(b => b.Taken == taken && b.Deliveries == deliveries);

    /// <summary>The topic's settled batches in order: their deliveries and how each was taken.</summary>
    public string BatchSizes => string.Join(", ", batches.Select(b => $"{b.Deliveries} {b.Taken}"));

    private readonly ConcurrentDictionary<string, (int Batches, double Ms)> stages = new();

    /// <summary>Per stage of the topic's batches once due: how many batches, how many milliseconds in all.</summary>
    public string Stages => string.Join("; ", stages.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value.Ms:F0} ms in {s.Value.Batches} batches"));

    /// <summary>Events admitted before their batch was due: as they arrived or ahead.</summary>
    public long Admitted => Interlocked.Read(ref admitted);

    /// <summary>Events whose admission <paramref name="by"/> claimed: <c>arrival</c>, <c>ahead</c>, <c>due</c> or
    /// <c>alone</c>.</summary>
    public long AdmittedBy(string by) => claimants.GetValueOrDefault(by);

    /// <summary>The app's SM2 verifications.</summary>
    public long Verified => Interlocked.Read(ref verified);

    /// <summary>Until an event more has been admitted before its batch was due, at most 5 s.</summary>
    public async Task HoldAsync(CancellationToken ct)
    {
        var before = Admitted;
        for (var waited = 0; waited < 5000 && Admitted == before; waited += 10) await Task.Delay(10, ct);
    }

    public void Dispose() => listener.Dispose();
}
