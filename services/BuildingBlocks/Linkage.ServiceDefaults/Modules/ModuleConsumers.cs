using Linkage.Messaging;
using MassTransit;

namespace Linkage.ServiceDefaults.Modules;

/// <summary>A module's consumers, each added on a queue of its own under the module's name.</summary>
public sealed class ModuleConsumers(IBusRegistrationConfigurator bus, string module)
{
    public const int InOrderPrefetch = 32;

    public ModuleConsumers Add<TConsumer>() where TConsumer : class, IConsumer
    {
        bus.AddModuleConsumer<TConsumer>(module);
        return this;
    }

    /// <summary>Configures the module's receive endpoint <c>{module}-{queue}</c> once MassTransit builds it (its
    /// consume topology, say).</summary>
    public ModuleConsumers ConfigureEndpoint(string queue, Action<IReceiveEndpointConfigurator> configure)
    {
        var name = $"{module}-{queue}";
        bus.AddConfigureEndpointsCallback((queueName, endpoint) =>
        {
            if (queueName == name) configure(endpoint);
        });
        return this;
    }

    /// <summary>A consumer on the module's queue <c>{module}-{queue}</c>, shared with the module's other consumers added
    /// here under the same name, taking one message at a time so they are handled in arrival order. The next messages
    /// wait in the process meanwhile (<see cref="InOrderPrefetch"/>): with MassTransit's prefetch of one for a limit of
    /// one, each message waited for the broker to hear the previous one's ack (decision 0681).</summary>
    public ModuleConsumers AddInOrder<TConsumer>(string queue) where TConsumer : class, IConsumer
    {
        bus.AddConsumer<TConsumer>().Endpoint(e =>
        {
            e.Name = $"{module}-{queue}";
            e.ConcurrentMessageLimit = 1;
            e.PrefetchCount = InOrderPrefetch;
        });
        return this;
    }
}
