using System.Diagnostics.Metrics;
using Linkage.Messaging.Tests.Infrastructure;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Applies as <see cref="OrderedProbeHandler"/> does, in rounds, each round held at its start until the
/// receiver has admitted an event of the next batch ahead (<see cref="AheadGate"/>), or for 5 s when nothing comes.</summary>
public sealed class HeldProbeHandler(TestDbContext db, AheadGate gate) : OrderedProbeHandler(db, new ProbeBatching(true))
{
    protected override Task Prepare(IReadOnlyList<FederationProbe> payloads, CancellationToken ct) => gate.HoldAsync(ct);
}

/// <summary>Counts the events of one topic the receiver admitted ahead (<c>linkage.federation.admitted_ahead</c>,
/// decision 0718), by the outcome of their admission.</summary>
public sealed class AheadGate : IDisposable
{
    private readonly MeterListener listener = new();
    private long admitted;
    private long refused;

    public AheadGate(string topic)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "linkage.federation.admitted_ahead")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            string? ofTopic = null, outcome = null;
            foreach (var tag in tags)
                if (tag.Key == "topic") ofTopic = tag.Value as string;
                else if (tag.Key == "outcome") outcome = tag.Value as string;
            if (ofTopic != topic) return;
            Interlocked.Add(ref admitted, value);
            if (outcome == nameof(FederationOutcome.Quarantined)) Interlocked.Add(ref refused, value);
        });
        listener.Start();
    }

    public long Admitted => Interlocked.Read(ref admitted);

    public long Refused => Interlocked.Read(ref refused);

    /// <summary>Until an event more has been admitted ahead, at most 5 s.</summary>
    public async Task HoldAsync(CancellationToken ct)
    {
        var before = Admitted;
        for (var waited = 0; waited < 5000 && Admitted == before; waited += 10) await Task.Delay(10, ct);
    }

    public void Dispose() => listener.Dispose();
}
