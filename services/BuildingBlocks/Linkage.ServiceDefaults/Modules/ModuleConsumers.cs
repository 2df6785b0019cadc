using Linkage.Messaging;
using MassTransit;

namespace Linkage.ServiceDefaults.Modules;

/// <summary>A module's consumers, each added on a queue of its own under the module's name.</summary>
public sealed class ModuleConsumers(IBusRegistrationConfigurator bus, string module)
{
    public ModuleConsumers Add<TConsumer>() where TConsumer : class, IConsumer
    {
        bus.AddModuleConsumer<TConsumer>(module);
        return this;
    }
}
