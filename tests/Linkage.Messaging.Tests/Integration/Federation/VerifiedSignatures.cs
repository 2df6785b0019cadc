using System.Diagnostics.Metrics;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Counts the signatures one receiver (app id) verifies while it lives, from its
/// <c>linkage.federation.signatures_verified</c> counter: other tests' receivers, running beside it, are not counted.</summary>
public sealed class VerifiedSignatures : IDisposable
{
    private readonly MeterListener listener = new();
    private long count;

    public VerifiedSignatures(string receiver)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "linkage.federation.signatures_verified")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "receiver" && Equals(tag.Value, receiver)) Interlocked.Add(ref count, value);
        });
        listener.Start();
    }

    public long Count => Interlocked.Read(ref count);

    public void Dispose() => listener.Dispose();
}
