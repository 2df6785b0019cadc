using System.Diagnostics;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>A first delivery waiting for its batch (decision 0629): its copy, its settling, and its event read once and
/// admitted once (<see cref="EventAdmission"/>) by whichever thread comes to it first (decision 0828).</summary>
internal sealed class Arrival(BasicDeliverEventArgs args)
{
    private readonly Lock gate = new();
    private (FederationEvent? Event, string? Refused, EventAdmission? Admission)? read;

    public BasicDeliverEventArgs Args => args;

    public TaskCompletionSource Settled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When it was written to its batch's channel (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public long Written { get; } = Stopwatch.GetTimestamp();

    /// <summary>The CloudEvent (or why it cannot be read) and, when read, its admission, not yet begun.</summary>
    public (FederationEvent? Event, string? Refused, EventAdmission? Admission) Read(FederationDelivery delivery)
    {
        lock (gate)
        {
            if (read is { } done) return done;
            var (e, refused) = delivery.Read(args);
            read = (e, refused, e is null ? null : new EventAdmission(e));
            return read.Value;
        }
    }
}
