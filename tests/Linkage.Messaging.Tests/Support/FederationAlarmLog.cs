using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>The federation alarms a host published on its internal bus (as supervision receives them), kept for one
/// app id: the test broker's other hosts publish theirs to the same exchanges.</summary>
public sealed class FederationAlarmLog(string appId)
{
    public ConcurrentQueue<FederationEventQuarantined> Quarantined { get; } = new();

    public ConcurrentQueue<FederationEventDeadLettered> DeadLettered { get; } = new();

    public ConcurrentQueue<FederationEventRecovered> Recovered { get; } = new();

    public string AppId => appId;

    /// <summary>The internal bus with the recorder on an endpoint of <paramref name="module"/>'s (removed by <paramref name="broker"/>).</summary>
    public void AddTo(IServiceCollection services, IConfiguration config, string module, Broker broker)
    {
        broker.CleanUpEndpoint($"{module}-federation-alarm-recorder");
        services.AddSingleton(this);
        services.AddLinkageBus(config, bus => bus.AddModuleConsumer<FederationAlarmRecorder>(module));
    }
}

public sealed class FederationAlarmRecorder(FederationAlarmLog log)
    : IConsumer<FederationEventQuarantined>, IConsumer<FederationEventDeadLettered>, IConsumer<FederationEventRecovered>
{
    public Task Consume(ConsumeContext<FederationEventQuarantined> context) => Keep(log.Quarantined, context.Message, context.Message.AppId);

    public Task Consume(ConsumeContext<FederationEventDeadLettered> context) => Keep(log.DeadLettered, context.Message, context.Message.AppId);

    public Task Consume(ConsumeContext<FederationEventRecovered> context) => Keep(log.Recovered, context.Message, context.Message.AppId);

    private Task Keep<T>(ConcurrentQueue<T> alarms, T alarm, string appId)
    {
        if (appId == log.AppId) alarms.Enqueue(alarm);
        return Task.CompletedTask;
    }
}
